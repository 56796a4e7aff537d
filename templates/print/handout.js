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
 * page, after the sources); denseBelowPt (a slide with much of its text printing
 * smaller than this gets the full width in the students' handout).
 *
 * Returns what it laid out, measured on the page: the number of pages, each
 * slide's page and box, the page each flow starts on, and the smallest
 * type outside the slides.
 */
window.lecternHandout = function (o) {
  var P = window.lecternPaginate;
  var MM = P.MM;
  var el = P.el;
  var deck = document.querySelector('.reveal');
  var pdfPages = Array.prototype.slice.call(deck.querySelectorAll('.slides > .pdf-page'));
  var slideWidth = pdfPages[0] ? pdfPages[0].offsetWidth : 1280;

  var items = [];
  var sources = [];
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
    items.forEach(function (item) {
      if (o.backgrounds !== 'keep') lighten(item);
      item.notesNodes = o.notes && item.notes ? notesContent(item.notes) : [];
    });
    var layouts = o.notes ? { 1: beneath(true), 3: besideNotes, 6: beneath(false) } : { 1: studentRows(1), 3: studentRows(1), 6: studentRows(2) };
    layouts[o.perPage](items);
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

  deck.style.display = 'none';
  addChrome();
  return measure();

  // ---- layouts ----

  /** A slide under its number, scaled to the width of its column. */
  function figure(item, className) {
    var fig = el('div', 'handout-figure' + (className ? ' ' + className : ''));
    fig.setAttribute('data-slide', String(item.number));
    var label = fig.appendChild(el('div', 'handout-number'));
    label.textContent = o.labels.slide + ' ' + item.number;
    var frame = fig.appendChild(el('div', 'handout-slide'));
    var scaler = frame.appendChild(el('div', 'reveal handout-scaler'));
    scaler.appendChild(el('div', 'slides')).appendChild(item.page);
    scaler.style.width = slideWidth + 'px';
    return fig;
  }

  /** Sets the slide's zoom once its frame is in place: zoom, unlike a transform, scales the layout box too. */
  function fit(fig) {
    var frame = fig.querySelector('.handout-slide');
    frame.firstChild.style.zoom = String(frame.clientWidth / slideWidth);
    return fig;
  }

  /** Notes beneath each slide, running on into the next columns: 1 per page (a page per slide) and 6 per page (two columns). */
  function beneath(newPagePerSlide) {
    return function (list) {
      list.forEach(function (item) {
        if (newPagePerSlide || !book.pages.length || book.pages[book.pages.length - 1].classList.contains('sheet-cover')) book.newPage();
        var fig = figure(item);
        book.region().appendChild(fig);
        fit(fig);
        book.region().removeChild(fig);
        book.place(fig);
        book.pour(function (continued) {
          var box = el('div', 'handout-notes' + (continued ? ' continuation' : ''));
          if (continued) box.appendChild(continuedLabel(item));
          return { outer: box, inner: box };
        }, item.notesNodes);
      });
    };
  }

  /** 3 per page for the lecturer: slide on the left, notes on the right, the rest of long notes on the next page. */
  function besideNotes(list) {
    book.newPage();
    list.forEach(function (item) {
      var row = el('div', 'handout-row');
      var fig = row.appendChild(figure(item));
      var notes = row.appendChild(el('div', 'handout-notes'));
      book.region().appendChild(row);
      fit(fig);
      book.region().removeChild(row);
      book.place(row);
      if (!item.notesNodes.length) return;
      book.pour(function (continued) {
        if (!continued) return { outer: row, inner: notes, keep: true };
        var next = el('div', 'handout-row continuation');
        next.appendChild(continuedLabel(item));
        var inner = next.appendChild(el('div', 'handout-notes'));
        return { outer: next, inner: inner };
      }, item.notesNodes);
    });
  }

  /** Students: slides in rows of fixed height with ruled space (or two to a row at 6 per page); a dense slide takes the full width. */
  function studentRows(perRow) {
    return function (list) {
      if (o.perPage !== 1) book.newPage();
      var slot = (bodyHeight - 2 * 6 * MM) / (o.perPage === 1 ? 1 : 3) - 1;
      var normalWidth = perRow === 2 ? (bodyWidth - 7 * MM) / 2 : o.perPage === 3 ? bodyWidth * 0.58 : bodyWidth;
      var row = null;
      list.forEach(function (item) {
        var dense = o.perPage !== 1 && smallShare(item.section, normalWidth / slideWidth, o.denseBelowPt) > 0.3;
        if (o.perPage === 1) book.newPage();
        if (dense || !row || row.children.length >= perRow) {
          row = el('div', 'student-row' + (dense ? ' dense' : '') + (perRow === 2 && !dense ? ' pair' : ''));
          row.style.height = dense ? 'auto' : slot + 'px';
          book.region().appendChild(row);
        }
        var cell = row.appendChild(el('div', 'handout-cell'));
        var fig = cell.appendChild(figure(item));
        fit(fig);
        cell.appendChild(el('div', 'handout-lines'));
        if (dense) row.style.height = fig.offsetHeight + 24 * MM + 'px';
        if (row.children.length === 1) {
          book.region().removeChild(row);
          book.place(row);
        }
        if (dense) row = null;
      });
    };
  }

  // ---- notes ----

  function continuedLabel(item) {
    var label = el('div', 'handout-continued');
    label.textContent = o.labels.slide + ' ' + item.number + ' (' + o.labels.continued + ')';
    return label;
  }

  /** The notes' nodes, with the facts block as the course asks: compact (a line per fact), full or none. */
  function notesContent(aside) {
    var facts = aside.querySelector('.fact-notes');
    if (facts && o.facts === 'none') facts.remove();
    else if (facts && o.facts !== 'full') facts.replaceWith(compactFacts(facts));
    return Array.prototype.slice.call(aside.childNodes).filter(function (n) {
      return n.nodeType === 1 || /\S/.test(n.data);
    });
  }

  function compactFacts(facts) {
    var out = el('div', 'fact-notes compact');
    var title = facts.querySelector('.fact-notes-title');
    if (title) out.appendChild(title.cloneNode(true));
    var list = out.appendChild(el('ul'));
    facts.querySelectorAll(':scope > ul > li').forEach(function (fact) {
      var li = list.appendChild(el('li'));
      // The fact's label, and its value cut to a dozen words (a term's definition can run long).
      var value = '';
      Array.prototype.forEach.call(fact.childNodes, function (n) {
        if (n.nodeType === 1 && n.tagName === 'STRONG' && !li.firstChild) li.appendChild(n.cloneNode(true));
        else if (n.nodeType === 3 || n.tagName !== 'UL') value += n.textContent;
      });
      var words = value.replace(/\s+/g, ' ').trim().split(' ');
      if (words.length > 14) words = words.slice(0, 12).concat('…');
      li.appendChild(document.createTextNode(words.join(' ').replace(/^(?!:)/, ' ').replace(/ …$/, '…')));
      var refs = Array.prototype.map.call(fact.querySelectorAll('li.citation'), citationRef).filter(function (r, i, all) {
        return r && all.indexOf(r) === i;
      });
      if (refs.length) li.appendChild(document.createTextNode(' — ' + refs.join('; ')));
      fact.querySelectorAll('li.dispute').forEach(function (d) {
        var value = d.querySelector('.dispute-value');
        li.appendChild(document.createTextNode(' · ' + o.labels.disputed + ': ' + (value ? value.textContent : '')));
      });
    });
    return out;
  }

  function citationRef(c) {
    var part = function (name) {
      var e = c.querySelector('.citation-' + name);
      return e ? e.textContent.trim() : '';
    };
    var ref = part('number') || part('source');
    if (part('page')) return ref + ', ' + part('page');
    var quote = part('quote').replace(/^\W+|\W+$/g, '');
    if (!quote) return ref;
    var words = quote.split(/\s+/);
    return ref + ' ' + o.labels.lq + words.slice(0, 6).join(' ') + (words.length > 6 ? '…' : '') + o.labels.rq;
  }

  // ---- slides ----

  /** Dark slides print as light ones with dark text; their background colour or picture is left out. */
  function lighten(item) {
    if (!item.section.classList.contains('has-dark-background')) return;
    item.section.classList.remove('has-dark-background');
    item.section.classList.add('has-light-background', 'lightened');
    item.page.querySelectorAll('.slide-background').forEach(function (b) {
      b.remove();
    });
  }

  /** The share of a slide's characters that would print smaller than `pt` at this zoom; citation marks and footnotes aside. */
  function smallShare(section, zoom, pt) {
    var small = 0;
    var all = 0;
    var walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      var parent = n.parentElement;
      var length = n.data.replace(/\s+/g, '').length;
      if (!length || parent.closest('aside, sup, sub, .cite, .footnotes, .katex')) continue;
      all += length;
      if (parseFloat(getComputedStyle(parent).fontSize) * zoom * 0.75 < pt) small += length;
    }
    return all ? small / all : 0;
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

  function measure() {
    var sheets = book.pages.map(function (s) {
      return s.getBoundingClientRect();
    });
    var pageOf = function (node) {
      var sheet = node.closest('.sheet');
      return book.pages.indexOf(sheet);
    };
    var slides = Array.prototype.map.call(root.querySelectorAll('.handout-figure'), function (fig) {
      var page = pageOf(fig);
      var box = fig.querySelector('.handout-slide').getBoundingClientRect();
      var label = fig.querySelector('.handout-number').getBoundingClientRect();
      var top = sheets[page].top;
      return {
        number: Number(fig.getAttribute('data-slide')),
        page: page,
        top: (box.top - top) / MM,
        bottom: (box.bottom - top) / MM,
        labelTop: (label.top - top) / MM,
        left: (box.left - sheets[page].left) / MM,
        width: box.width / MM,
      };
    });
    var smallest = { pt: Infinity, text: '' };
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/\S/.test(n.data) || n.parentElement.closest('.handout-slide')) continue;
      var pt = parseFloat(getComputedStyle(n.parentElement).fontSize) * 0.75;
      if (pt < smallest.pt) smallest = { pt: pt, text: n.data.trim().slice(0, 40) };
    }
    return { pages: book.pages.length, flowStarts: flowStarts, pageHeight: o.paper.height, bottomMargin: o.margin.bottom, slides: slides, smallest: smallest };
  }
};
