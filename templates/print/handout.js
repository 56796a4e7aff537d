/*
 * Lays a deck, already in reveal.js's print view (?print-pdf), out as a
 * handout on explicit pages (see paginate.js): a cover, the slides scaled
 * down as vector content, each under its number, with the speaker notes
 * (lecturer) or ruled space (student) beside or beneath them, and the
 * lecture's sources at the end. No slide is ever cut by a page break; notes
 * run on from page to page.
 *
 * Options: perPage (1, 3 or 6); notes (the lecturer's variant); facts
 * ('compact', 'full' or 'none'); backgrounds ('light' or 'keep'); paper
 * {width, height} and margin {top, bottom, side} (mm); cover (HTML or '');
 * header {left, right}; footer {page, of}; firstPage (the number of the first
 * page); labels {slide, continued, disputed, lq, rq}; slides (false: no
 * slides, only the extra flows); flows (HTML blocks each starting on a new
 * page, after the sources); minSlidePt (the smallest type a slide's picture may
 * print: smaller type is raised to it, and a slide that no longer fits its
 * place gets more room); slideWidth (what lecternHandoutPrepare returned).
 *
 * Returns what it laid out, measured on the page: the number of pages, each
 * slide's page and box, each section band's page and box, the lines of each
 * run-on part of notes, the page each flow starts on, and the smallest type
 * outside the slides.
 */
/**
 * Takes the deck out of the page's layout before the handout is laid out
 * and its fonts load: each slide moved out of a shown deck, each style sheet
 * added and each font face that arrives would lay every slide out again.
 * Adds the style sheets (the handout's, then its @page rule, which must come
 * after reveal.js's) and returns the width of the deck's pages.
 */
window.lecternHandoutPrepare = function (styles) {
  var deck = document.querySelector('.reveal');
  var first = deck.querySelector('.slides > .pdf-page');
  var width = first ? first.offsetWidth : 1280;
  deck.style.display = 'none';
  styles.forEach(function (css) {
    document.head.appendChild(document.createElement('style')).textContent = css;
  });
  return width;
};

window.lecternHandout = function (o) {
  var P = window.lecternPaginate;
  var T = window.lecternThumbnail;
  var NOTES = window.lecternHandoutNotes;
  var MM = P.MM;
  var el = P.el;
  var deck = document.querySelector('.reveal');
  var pdfPages = Array.prototype.slice.call(deck.querySelectorAll('.slides > .pdf-page'));
  var slideWidth = o.slideWidth;

  var items = [];
  var sources = [];
  /** Section slides' bands wait for the next slide, whose block they head, so that a band never ends a page alone. */
  var pendingBands = [];
  /** At least this many lines of notes run on to a page of their own, never one or two. */
  var TAIL_LINES = 3;
  pdfPages.forEach(function (page, index) {
    var section = page.querySelector(':scope > section');
    if (!section) return;
    if (section.id === 'sources') {
      Array.prototype.forEach.call(section.children, function (child) {
        if (child.tagName !== 'ASIDE') sources.push(child.cloneNode(true));
      });
      return;
    }
    if (section.classList.contains('title-slide')) return;
    var notes = section.querySelector('aside.notes');
    items.push({ number: index + 1, page: page, section: section, notes: notes ? notes.cloneNode(true) : null });
  });

  document.documentElement.classList.add('lectern-handout');
  var root = el('div', 'handout per-page-' + o.perPage + (o.notes ? ' lecturer' : ' student'));
  document.body.appendChild(root);
  var bodyWidth = (o.paper.width - 2 * o.margin.side) * MM;
  var bodyHeight = (o.paper.height - o.margin.top - o.margin.bottom) * MM;
  var columns = o.perPage === 6 && o.notes ? 2 : 1;
  var book = P.book(root, {
    width: o.paper.width + 'mm',
    height: o.paper.height + 'mm',
    margin: o.margin,
    columns: columns,
    gap: 7,
  });

  if (o.cover) {
    book.options.columns = 1;
    book.newPage('sheet-cover').innerHTML = o.cover;
    book.options.columns = columns;
  }

  if (o.slides !== false) {
    if (o.backgrounds !== 'keep') lightenPalette();
    items.forEach(function (item) {
      if (o.backgrounds !== 'keep') lighten(item);
      item.section_ = isSection(item);
    });
    var layouts = o.notes ? { 1: beneath(true), 3: besideNotes, 6: beneath(false) } : { 1: studentRows(1), 3: studentRows(1), 6: studentRows(2) };
    // Slides move whole, so what the deck's :has() rules match stays as it is: pinned, they cost nothing per move.
    var pins = window.lecternPinHas();
    layouts[o.perPage](items);
    // Section slides with nothing after them.
    takeBands().forEach(function (b) {
      book.place(b);
    });
    // Text poured from page to page is split into new elements: the rules follow the document again for it. With
    // nothing to pour, they stay pinned to the end: put back, they would restyle the whole handout once more.
    if (sources.length || (o.flows && o.flows.length)) pins.release();
  }

  if (sources.length && o.slides !== false) {
    book.options.columns = 1;
    book.newPage('sheet-sources');
    book.pour(function () {
      var box = el('div', 'handout-sources');
      return { outer: box, inner: box };
    }, sources);
  }
  var flowStarts = [];
  (o.flows || []).forEach(function (html) {
    book.options.columns = 1;
    book.newPage();
    flowStarts.push(book.pages.length - 1);
    var holder = el('div');
    holder.innerHTML = html;
    book.pour(function (continued) {
      var box = el('div', 'handout-flow' + (continued ? ' continuation' : ''));
      return { outer: box, inner: box };
    }, Array.prototype.slice.call(holder.childNodes));
  });

  var report = window.lecternHandoutReport(root, book, o);
  report.contents(items);
  addChrome();
  return report.measure(flowStarts);

  // ---- layouts ----

  /** A slide under its number, scaled to the width of its column: the slide goes in when fit() scales it. */
  function figure(item, className) {
    var fig = el('div', 'handout-figure' + (className ? ' ' + className : ''));
    fig.setAttribute('data-slide', String(item.number));
    var label = fig.appendChild(el('div', 'handout-number'));
    label.textContent = o.labels.slide + ' ' + item.number;
    var frame = fig.appendChild(el('div', 'handout-slide'));
    var scaler = frame.appendChild(el('div', 'reveal handout-scaler'));
    scaler.appendChild(el('div', 'slides'));
    scaler.style.width = slideWidth + 'px';
    fig.page = item.page;
    return fig;
  }

  /**
   * Scales a figure, already in place, to its frame with readable type. When
   * the raised type overruns the slide, widen() may give the figure more room
   * (and returns true); failing that, the picture grows taller than the slide.
   */
  function fit(fig, widen) {
    var frame = fig.querySelector('.handout-slide');
    if (fig.thumb) fig.thumb.undo();
    fig.thumb = T.fit(frame, fig.page, slideWidth, o.minSlidePt);
    if (fig.thumb.overflow && widen && widen()) return fit(fig);
    if (fig.thumb.overflow) fig.thumb.grow();
    return fig;
  }

  /** Whether a slide's type, raised to the floor, overruns it at a width: measured on a copy of the figure's place. */
  function overrunsAt(item, width) {
    var probe = book.region().appendChild(el('div'));
    probe.style.width = width + 'px';
    var fig = probe.appendChild(figure(item));
    var thumb = T.fit(fig.querySelector('.handout-slide'), fig.page, slideWidth, o.minSlidePt);
    var overflow = thumb.overflow;
    thumb.undo();
    probe.remove();
    return overflow;
  }

  // ---- section slides ----

  function isSection(item) {
    return item.section.classList.contains('section-slide');
  }

  /** A section slide as a band: its number and heading, the width of the column, taking a line rather than a slot. */
  function band(item) {
    var b = el('div', 'handout-section');
    b.setAttribute('data-slide', String(item.number));
    b.appendChild(el('div', 'handout-number')).textContent = o.labels.slide + ' ' + item.number;
    var heading = item.section.querySelector('h1, h2');
    b.appendChild(el('div', 'handout-section-title')).textContent = (heading || item.section).textContent.replace(/\s+/g, ' ').trim();
    return b;
  }

  function takeBands() {
    var taken = pendingBands;
    pendingBands = [];
    return taken;
  }

  // ---- notes that run on ----

  function notesOf(item) {
    return o.notes && item.notes ? NOTES(item.notes, o) : [];
  }

  function continuedLabel(item) {
    var label = el('div', 'handout-continued');
    label.textContent = o.labels.slide + ' ' + item.number + ' (' + o.labels.continued + ')';
    return label;
  }

  /**
   * Lays one slide and its notes out with lay(attempt), which returns the
   * boxes its notes went into. When the notes run on by only a line or two,
   * tries again: with the notes set tighter, then with the slide moved to the
   * next column or page, then with earlier pages ending a few lines short.
   * The last slide's notes, which nothing follows on their page, may not run
   * on by less than a quarter of a page.
   */
  function settle(lay, last) {
    var start = book.mark();
    var atTop = start.column < 0 || P.isEmpty(book.region());
    var attempts = [{}, { tight: true }, { move: true }, { move: true, tight: true }, { reserve: TAIL_LINES, tight: true }];
    for (var i = 0; i < attempts.length; i++) {
      var a = attempts[i];
      if (a.move && atTop) continue;
      if (i > 0) book.rollback(start);
      if (a.move) book.next();
      var boxes = lay(a);
      if (boxes.length < 2) return;
      var tail = boxes[boxes.length - 1].inner;
      if (P.linesIn(tail) >= TAIL_LINES && !(last && tail.getBoundingClientRect().height < bodyHeight / 4)) return;
    }
  }

  /** Notes beneath each slide, running on into the next columns: 1 per page (a page per slide) and 6 per page (two columns). */
  function beneath(newPagePerSlide) {
    return function (list) {
      list.forEach(function (item, index) {
        var nodes = notesOf(item);
        if (item.section_ && !nodes.length) return pendingBands.push(band(item));
        if (newPagePerSlide || !book.pages.length || book.pages[book.pages.length - 1].classList.contains('sheet-cover')) book.newPage();
        var bands = takeBands();
        var tries = 0;
        settle(function (a) {
          var head = item.section_ ? band(item) : figure(item);
          bands.forEach(function (b) {
            head.insertBefore(b, head.firstChild);
          });
          book.region().appendChild(head);
          if (!item.section_) fit(head);
          book.place(head);
          return book.pour(
            function (continued) {
              var box = el('div', 'handout-notes' + (continued ? ' continuation' : '') + (a.tight ? ' tight' : ''));
              if (continued) box.appendChild(continuedLabel(item));
              return { outer: box, inner: box };
            },
            tries++ ? notesOf(item) : nodes,
            a.reserve ? a.reserve * lineHeight() : 0,
          );
        }, index === list.length - 1);
      });
    };
  }

  /** The line height of the notes, in px. */
  function lineHeight() {
    var probe = book.region().appendChild(el('div', 'handout-notes tight'));
    var h = parseFloat(getComputedStyle(probe).lineHeight);
    probe.remove();
    return h;
  }

  /** 3 per page for the lecturer: slide on the left, notes on the right, the rest of long notes on the next page; a slide too dense for the left gets the width, its notes beneath. */
  function besideNotes(list) {
    book.newPage();
    list.forEach(function (item, index) {
      var nodes = notesOf(item);
      if (item.section_ && !nodes.length) return pendingBands.push(band(item));
      var bands = takeBands();
      var tries = 0;
      settle(function (a) {
        var row = el('div', 'handout-row' + (item.section_ ? ' wide' : ''));
        bands.forEach(function (b) {
          row.appendChild(b);
        });
        var head = row.appendChild(item.section_ ? band(item) : figure(item));
        var notes = row.appendChild(el('div', 'handout-notes' + (a.tight ? ' tight' : '')));
        book.region().appendChild(row);
        if (!item.section_)
          fit(head, function () {
            if (row.classList.contains('wide')) return false;
            row.classList.add('wide');
            return true;
          });
        book.place(row);
        var flow = tries++ ? notesOf(item) : nodes;
        if (!flow.length) return [];
        return book.pour(
          function (continued) {
            if (!continued) return { outer: row, inner: notes, keep: true };
            var next = el('div', 'handout-row continuation');
            next.appendChild(continuedLabel(item));
            var inner = next.appendChild(el('div', 'handout-notes' + (a.tight ? ' tight' : '')));
            return { outer: next, inner: inner };
          },
          flow,
          a.reserve ? a.reserve * lineHeight() : 0,
        );
      }, index === list.length - 1);
    });
  }

  /**
   * Students: slides in rows a third of the page high with ruled space (two
   * to a row at 6 per page). A slide too dense to read at that size takes the
   * full width and two rows' height, so that the rows keep their grid; a
   * section slide heads the next row as a band.
   */
  function studentRows(perRow) {
    return function (list) {
      if (o.perPage !== 1) book.newPage();
      var gap = 6 * MM;
      var slot = (bodyHeight - 2 * gap) / (o.perPage === 1 ? 1 : 3) - 1;
      var normalWidth = perRow === 2 ? (bodyWidth - 7 * MM) / 2 : o.perPage === 3 ? bodyWidth * 0.58 : bodyWidth;
      var row = null;
      list.forEach(function (item) {
        if (item.section_) return pendingBands.push(band(item));
        var dense = o.perPage !== 1 && overrunsAt(item, normalWidth);
        if (o.perPage === 1) book.newPage();
        var bands = takeBands();
        if (dense || bands.length || !row || row.querySelectorAll(':scope > .handout-cell').length >= perRow || row.classList.contains('dense')) {
          row = el('div', 'student-row' + (dense ? ' dense' : '') + (perRow === 2 && !dense ? ' pair' : ''));
          row.style.height = (dense ? 2 * slot + gap : slot) + 'px';
          bands.forEach(function (b) {
            row.appendChild(b);
          });
          if (bands.length && perRow === 2 && !dense) row.style.gridTemplateRows = 'repeat(' + bands.length + ', auto) minmax(0, 1fr)';
          book.region().appendChild(row);
        }
        var cell = row.appendChild(el('div', 'handout-cell'));
        var fig = cell.appendChild(figure(item));
        fit(fig);
        cell.appendChild(el('div', 'handout-lines'));
        if (row.querySelectorAll('.handout-cell').length === 1) book.place(row);
      });
    };
  }

  // ---- slides ----

  /**
   * A dark palette (a dark Quarto theme) prints as the light theme beneath it: dark text on white. reveal.js's
   * print view copied the palette's background onto every page, which takes the light one instead.
   */
  function lightenPalette() {
    var html = document.documentElement;
    if (!html.classList.contains('dark-palette')) return;
    html.classList.remove('dark-palette');
    html.removeAttribute('data-palette');
    var viewport = document.querySelector('.reveal-viewport') || document.body;
    var background = getComputedStyle(viewport).background;
    pdfPages.forEach(function (page) {
      page.style.background = background;
    });
  }

  /** Dark slides print as light ones with dark text; their background colour or picture is left out. */
  function lighten(item) {
    if (!item.section.classList.contains('has-dark-background')) return;
    item.section.classList.remove('has-dark-background');
    item.section.classList.add('has-light-background', 'lightened');
    item.page.querySelectorAll('.slide-background').forEach(function (b) {
      b.remove();
    });
  }

  // ---- pages ----

  /** Running header (course, lecture) and page number on every page but the cover. */
  function addChrome() {
    var total = book.pages.length;
    book.pages.forEach(function (sheet, i) {
      if (sheet.classList.contains('sheet-cover')) return;
      var header = sheet.appendChild(el('div', 'sheet-header'));
      header.style.left = header.style.right = o.margin.side + 'mm';
      header.appendChild(el('span')).textContent = o.header.left;
      header.appendChild(el('span')).textContent = o.header.right;
      var footer = sheet.appendChild(el('div', 'sheet-footer'));
      footer.style.left = footer.style.right = o.margin.side + 'mm';
      var n = (o.firstPage || 1) + i;
      footer.textContent = o.footer.of ? o.footer.page + ' ' + n + ' ' + o.footer.of + ' ' + total : String(n);
    });
  }
};
