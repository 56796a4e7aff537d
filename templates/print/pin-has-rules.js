/*
 * Pins the page's :has() rules while a layout script moves thousands of
 * nodes. Chromium re-checks a :has() rule on every insertion and removal
 * under the elements it is anchored on: with a rule anchored high in the
 * document (body:has(.deck-menu) …), each measurement after a move costs a
 * walk over the whole document, which made a 200-slide handout take seconds.
 *
 * pin() marks every element a :has(…) currently matches with a class of its
 * own and rewrites the rule to match that class instead, with the same
 * specificity; release() puts every rule back as it was and takes the
 * classes off. A layout that keeps each element's descendants where they
 * are (slides moved whole) sees exactly the styles it would see unpinned.
 *
 * window.lecternPinHas() returns {release, count}: count is the number of
 * :has() selectors pinned.
 */
window.lecternPinHas = function () {
  var PREFIX = 'lectern-has-';
  var rules = [];
  var marked = [];
  var next = 0;
  Array.prototype.forEach.call(document.styleSheets, function (sheet) {
    var list;
    try {
      list = sheet.cssRules;
    } catch (e) {
      return; // A sheet whose rules the page may not read.
    }
    visit(list);
  });
  return { release: release, count: next };

  function visit(list) {
    Array.prototype.forEach.call(list || [], function (rule) {
      if (rule.selectorText !== undefined && /:has\(/i.test(rule.selectorText)) pinRule(rule);
      if (rule.cssRules) visit(rule.cssRules);
    });
  }

  function pinRule(rule) {
    var original = rule.selectorText;
    var text = original;
    var out = '';
    var at;
    while ((at = text.search(/:has\(/i)) >= 0) {
      var end = closing(text, at + 5);
      if (end < 0) return;
      var argument = text.slice(at + 5, end);
      var plain = plainList(argument);
      var name = PREFIX + next;
      var anchors;
      try {
        // An element :has(A) needs one that A, without its leading combinator, matches: most often no element
        // does, and looking for one is quicker than asking every element of the document.
        anchors = document.querySelector(plain) ? document.querySelectorAll(':has(' + argument + ')') : [];
      } catch (e) {
        return; // A selector only the rule's own context understands (&): left as it is.
      }
      next += 1;
      Array.prototype.forEach.call(anchors, function (e) {
        marked.push([e, name, e.hasAttribute('class')]);
        e.classList.add(name);
      });
      out += text.slice(0, at) + ':where(.' + name + '):is(' + plain + ', :where(.' + name + '))';
      text = text.slice(end + 1);
    }
    rule.selectorText = out + text;
    if (rule.selectorText !== original) rules.push([rule, original]);
  }

  /**
   * A relative selector list as a plain one: each selector without its leading combinator. Put where :has(A)
   * stood as ":where(.pin):is(A', :where(.pin))", it matches what carries the class: :where() adds nothing to
   * specificity, :is() adds that of its most specific argument, whether it matched or not, which is A's, as
   * :has(A)'s is.
   */
  function plainList(argument) {
    return splitList(argument)
      .map(function (s) {
        return s.replace(/^\s*[>+~]\s*/, '');
      })
      .join(', ');
  }

  /** The index of the parenthesis closing the one opened before `from`, skipping strings and escapes. */
  function closing(text, from) {
    var depth = 1;
    for (var i = from; i < text.length; i++) {
      var c = text[i];
      if (c === '\\') i += 1;
      else if (c === '"' || c === "'") i = text.indexOf(c, i + 1) < 0 ? text.length : text.indexOf(c, i + 1);
      else if (c === '(') depth += 1;
      else if (c === ')' && --depth === 0) return i;
    }
    return -1;
  }

  /** A selector list split at its top-level commas. */
  function splitList(text) {
    var parts = [];
    var depth = 0;
    var start = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (c === '\\') i += 1;
      else if (c === '(' || c === '[') depth += 1;
      else if (c === ')' || c === ']') depth -= 1;
      else if (c === ',' && depth === 0) {
        parts.push(text.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(text.slice(start));
    return parts;
  }

  function release() {
    rules.forEach(function (r) {
      r[0].selectorText = r[1];
    });
    marked.forEach(function (m) {
      m[0].classList.remove(m[1]);
      if (!m[2] && !m[0].classList.length) m[0].removeAttribute('class');
    });
    rules = [];
    marked = [];
  }
};
