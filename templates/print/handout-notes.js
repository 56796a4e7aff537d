/*
 * The speaker notes of a slide as the lecturer's handout prints them, with
 * the facts block as the course asks: compact (a line per fact), full or
 * none.
 *
 * window.lecternHandoutNotes(aside, o) returns the nodes to flow, taken from
 * a copy of aside (so that a layout can be tried again); o: facts, labels
 * {disputed, lq, rq}.
 */
window.lecternHandoutNotes = function (aside, o) {
  var el = window.lecternPaginate.el;
  aside = aside.cloneNode(true);
  var facts = aside.querySelector('.fact-notes');
  if (facts && o.facts === 'none') facts.remove();
  else if (facts && o.facts !== 'full') facts.replaceWith(compactFacts(facts));
  return Array.prototype.slice.call(aside.childNodes).filter(function (n) {
    return n.nodeType === 1 || /\S/.test(n.data);
  });

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
};
