/*
 * Explicit pages for print: Lectern lays out every page itself instead of
 * leaving page breaks to the browser, so that a block marked whole (a slide)
 * is never cut, while text (notes, sources) flows on from page to page.
 *
 * window.lecternPaginate.book(root, options) returns a book:
 *   options: width, height (the paper, CSS lengths), margin {top, bottom, side} in mm,
 *            columns (1 or 2), gap (mm between columns).
 *   book.region()         the current column, an element to append to
 *   book.next()           the next column, or a new page
 *   book.newPage()        a new page, even if the current one has room
 *   book.place(block)     appends a block that must stay whole (or keeps it, when it already ends the column);
 *                         moves it to the next column when it does not fit
 *   book.pour(make, nodes, reserve) flows nodes into boxes made by make(first), splitting text and lists where a column ends
 *                         (reserve: px to leave free at the foot of each column, to carry more onto the last one)
 *   book.mark()           a point to come back to; book.rollback(mark) undoes everything laid out since
 *   book.pages            the page elements, in order
 * and linesIn(box), the lines of text in a box.
 */
(function () {
  var MM = 96 / 25.4;
  /** Elements never split across columns: pictures, table rows, formulas, headings. Tables split between rows, code between words. */
  var WHOLE = /^(IMG|SVG|TR|THEAD|FIGURE|VIDEO|CANVAS|MATH|H1|H2|H3|H4|H5|H6)$/;

  function el(tag, className) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    return e;
  }

  /** Whether node holds no element and no text but blanks (`except` aside). */
  function isEmpty(node, except) {
    for (var c = node.firstChild; c; c = c.nextSibling) {
      if (c !== except && (c.nodeType === 1 || (c.nodeType === 3 && /\S/.test(c.data)))) return false;
    }
    return true;
  }

  function Book(root, options) {
    this.root = root;
    this.options = options;
    this.pages = [];
    this.columns = [];
    this.column = -1;
    this.reserve = 0;
  }

  Book.prototype.newPage = function (className) {
    var o = this.options;
    var page = el('div', 'sheet' + (className ? ' ' + className : ''));
    page.style.width = o.width;
    page.style.height = o.height;
    page.style.padding = o.margin.top + 'mm ' + o.margin.side + 'mm ' + o.margin.bottom + 'mm';
    var body = el('div', 'sheet-body');
    var count = o.columns || 1;
    body.style.gridTemplateColumns = 'repeat(' + count + ', minmax(0, 1fr))';
    body.style.columnGap = (o.gap || 0) + 'mm';
    page.appendChild(body);
    this.root.appendChild(page);
    this.pages.push(page);
    this.columns = [];
    for (var i = 0; i < count; i++) this.columns.push(body.appendChild(el('div', 'sheet-column')));
    this.column = 0;
    return this.columns[0];
  };

  Book.prototype.region = function () {
    return this.column < 0 ? this.newPage() : this.columns[this.column];
  };

  Book.prototype.next = function () {
    if (this.column >= 0 && this.column < this.columns.length - 1) return this.columns[++this.column];
    return this.newPage();
  };

  /** The lowest y a box may reach in the current column: the foot of the printable area, less what a pour reserves. */
  Book.prototype.limit = function () {
    var region = this.region();
    return region.parentNode.getBoundingClientRect().bottom + 0.5 - this.reserve;
  };

  Book.prototype.mark = function () {
    return {
      pages: this.pages.length,
      column: this.column,
      columns: this.columns.slice(),
      counts: this.columns.map(function (c) {
        return c.childNodes.length;
      }),
    };
  };

  /** Undoes the layout since the mark: later pages removed, the mark's columns cut back to what they held. */
  Book.prototype.rollback = function (mark) {
    while (this.pages.length > mark.pages) this.root.removeChild(this.pages.pop());
    this.columns = mark.columns;
    this.column = mark.column;
    mark.columns.forEach(function (c, i) {
      while (c.childNodes.length > mark.counts[i]) c.removeChild(c.lastChild);
    });
  };

  Book.prototype.fits = function (box) {
    return box.getBoundingClientRect().bottom <= this.limit();
  };

  /**
   * Appends a block that stays whole; a block taller than a whole column is put on a fresh one and clipped.
   * A block already at the end of the column (put there to be measured) stays where it is: taken out and put
   * back, it would have all its styles worked out again.
   */
  Book.prototype.place = function (block) {
    var region = this.region();
    var alone = isEmpty(region, block);
    if (region.lastChild !== block) region.appendChild(block);
    if (this.fits(block) || alone) return block;
    region.removeChild(block);
    this.next().appendChild(block);
    return block;
  };

  /**
   * Flows nodes into boxes: make(continued) returns {outer, inner, keep}:
   * outer goes into a column (unless it is already in one), inner receives
   * the content; a box marked keep stays even if nothing fits in it (a slide
   * beside its notes). Returns the boxes used.
   */
  Book.prototype.pour = function (make, nodes, reserve) {
    var boxes = [];
    var book = this;
    this.reserve = reserve || 0;
    while (nodes.length) {
      var box = make(boxes.length > 0);
      var outer = box.outer;
      if (!outer.parentNode) this.region().appendChild(outer);
      var rest = fill(box.inner, nodes, function () {
        return book.fits(outer);
      });
      if (isEmpty(box.inner)) {
        if (box.keep) {
          boxes.push(box);
          this.next();
          continue;
        }
        if (outer.parentNode.firstChild !== outer) {
          outer.parentNode.removeChild(outer);
          this.next();
          continue;
        }
        // Nothing fits even at the top of a column: put the first node anyway, clipped.
        box.inner.appendChild(rest.shift());
      }
      boxes.push(box);
      nodes = rest;
      if (nodes.length) this.next();
    }
    this.reserve = 0;
    return boxes;
  };

  /** Moves nodes into target while it fits; splits the first that does not (text at a word, elements by their children). Returns what is left. */
  function fill(target, nodes, fits) {
    nodes = nodes.slice();
    // Most often all of them fit: one measurement then, instead of one for each.
    if (nodes.length > 1) {
      nodes.forEach(function (node) {
        target.appendChild(node);
      });
      if (fits()) return [];
      nodes.forEach(function (node) {
        target.removeChild(node);
      });
    }
    while (nodes.length) {
      var node = nodes[0];
      target.appendChild(node);
      if (fits()) {
        nodes.shift();
        continue;
      }
      target.removeChild(node);
      if (node.nodeType === 3) {
        var part = splitText(target, node, fits);
        if (part) nodes[0] = part;
        return nodes;
      }
      if (node.nodeType !== 1 || WHOLE.test(node.tagName.toUpperCase()) || node.classList.contains('katex-display') || !node.firstChild) return nodes;
      var clone = node.cloneNode(false);
      clone.removeAttribute('id');
      target.appendChild(clone);
      var children = Array.prototype.slice.call(node.childNodes);
      var rest = fill(clone, children, fits);
      if (isEmpty(clone)) {
        target.removeChild(clone);
        children.forEach(function (c) {
          node.appendChild(c);
        });
        return nodes;
      }
      continueElement(node, clone, rest);
      if (!rest.length) nodes.shift();
      return nodes;
    }
    return nodes;
  }

  /** The part of an element left for the next column: its remaining children, a list numbered on, an item without a second bullet. */
  function continueElement(node, clone, rest) {
    while (node.firstChild) node.removeChild(node.firstChild);
    rest.forEach(function (c) {
      node.appendChild(c);
    });
    if (node.tagName === 'OL') {
      var done = clone.querySelectorAll(':scope > li').length;
      node.setAttribute('start', String((Number(clone.getAttribute('start')) || 1) + done));
    }
    if (node.tagName === 'LI') node.classList.add('continued');
    node.classList.add('continuation');
  }

  /** Puts as many words of a text node as fit into target; returns the rest as a new node, or null when not a word fits. */
  function splitText(target, node, fits) {
    var text = node.data;
    var cuts = [];
    var re = /\s+/g;
    var m;
    while ((m = re.exec(text))) cuts.push(m.index);
    cuts.push(text.length);
    var probe = document.createTextNode('');
    target.appendChild(probe);
    var lo = 0;
    var hi = cuts.length - 1;
    var best = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      probe.data = text.slice(0, cuts[mid]);
      if (fits()) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) {
      target.removeChild(probe);
      return null;
    }
    probe.data = text.slice(0, cuts[best]);
    return document.createTextNode(text.slice(cuts[best]).replace(/^\s+/, ''));
  }

  /** The lines of text in a box, a "continued" label aside. */
  function linesIn(box) {
    var kids = Array.prototype.filter.call(box.children, function (c) {
      return !c.classList.contains('handout-continued');
    });
    if (!kids.length) return 0;
    var height = kids[kids.length - 1].getBoundingClientRect().bottom - kids[0].getBoundingClientRect().top;
    return Math.round(height / parseFloat(getComputedStyle(box).lineHeight));
  }

  window.lecternPaginate = {
    MM: MM,
    el: el,
    isEmpty: isEmpty,
    linesIn: linesIn,
    book: function (root, options) {
      return new Book(root, options);
    },
  };
})();
