/*
 * What a laid-out handout reports: the cover's table of contents (filled in
 * once the pages are known) and the measurements the layout returns.
 *
 * window.lecternHandoutReport(root, book, o) returns:
 *   contents(items)     adds the lecture's contents to the cover: each section with its slides and
 *                       the page it starts on (each slide's title when there are no sections)
 *   measure(flowStarts) the pages, each slide's page and box, each section band's, the lines of each
 *                       run-on part of notes, the students' rows, and the smallest type outside the slides
 */
window.lecternHandoutReport = function (root, book, o) {
  var P = window.lecternPaginate;
  var MM = P.MM;
  var el = P.el;
  return { contents: contents, measure: measure };

  /** The cover's table of contents: each section with its slides and the page it starts on (each slide's title when there are no sections). */
  function contents(items) {
    var cover = root.querySelector('.sheet-cover .handout-cover');
    var heads = root.querySelectorAll('.handout-section');
    if (!cover || o.slides === false) return;
    var entries = [];
    var lastNumber = items.length ? items[items.length - 1].number : 0;
    if (heads.length) {
      Array.prototype.forEach.call(heads, function (b, i) {
        var first = Number(b.getAttribute('data-slide'));
        var next = heads[i + 1] ? Number(heads[i + 1].getAttribute('data-slide')) - 1 : lastNumber;
        var slides = next > first ? o.labels.slides + ' ' + first + '–' + next : o.labels.slide + ' ' + first;
        entries.push({ title: b.querySelector('.handout-section-title').textContent, slides: slides, node: b });
      });
    } else {
      root.querySelectorAll('.handout-figure').forEach(function (fig) {
        var heading = fig.querySelector('.handout-slide h1, .handout-slide h2');
        if (heading) entries.push({ title: heading.textContent.replace(/\s+/g, ' ').trim(), slides: o.labels.slide + ' ' + fig.getAttribute('data-slide'), node: fig });
      });
    }
    // A deck of many slides and no sections: a list longer than the cover holds says nothing.
    if (!entries.length || (!heads.length && entries.length > 60)) return;
    var box = cover.appendChild(el('div', 'cover-contents'));
    box.appendChild(el('h2')).textContent = o.labels.contents;
    var list = box.appendChild(el('ol', entries.length > 12 ? 'long' : ''));
    entries.forEach(function (e) {
      var li = list.appendChild(el('li'));
      li.appendChild(el('span', 'toc-title')).textContent = e.title;
      li.appendChild(el('span', 'toc-slides')).textContent = e.slides;
      var sheet = e.node.closest('.sheet');
      li.appendChild(el('span', 'toc-page')).textContent = String((o.firstPage || 1) + book.pages.indexOf(sheet));
    });
  }

  function measure(flowStarts) {
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
      var label = fig.querySelector(':scope > .handout-number').getBoundingClientRect();
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
    var sections = Array.prototype.map.call(root.querySelectorAll('.handout-section'), function (b) {
      var page = pageOf(b);
      var box = b.getBoundingClientRect();
      return { number: Number(b.getAttribute('data-slide')), page: page, top: (box.top - sheets[page].top) / MM, bottom: (box.bottom - sheets[page].top) / MM };
    });
    var tails = Array.prototype.map.call(root.querySelectorAll('.handout-notes.continuation, .handout-row.continuation > .handout-notes'), function (box) {
      return { page: pageOf(box), lines: P.linesIn(box) };
    });
    var rows = Array.prototype.map.call(root.querySelectorAll('.student-row'), function (row) {
      var page = pageOf(row);
      var box = row.getBoundingClientRect();
      return { page: page, top: (box.top - sheets[page].top) / MM, height: box.height / MM };
    });
    return {
      pages: book.pages.length,
      flowStarts: flowStarts,
      pageHeight: o.paper.height,
      bottomMargin: o.margin.bottom,
      slides: slides,
      sections: sections,
      tails: tails,
      rows: rows,
      smallest: smallest,
    };
  }
};
