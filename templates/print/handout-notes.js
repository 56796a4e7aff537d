/*
 * The speaker notes of a slide as the lecturer's handout prints them, with
 * the facts block as the course asks: compact (a line per fact), full or
 * none.
 *
 * window.lecternHandoutNotes(aside, o) returns the nodes to flow, taken from
 * a copy of aside (so that a layout can be tried again); o: facts, labels
 * {disputed}. A compact fact names its sources by the fact's citation mark
 * (.fact-mark), as the slide does.
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
      var mark = fact.querySelector(':scope > .fact-mark');
      Array.prototype.forEach.call(fact.childNodes, function (n) {
        if (n.nodeType === 1 && n.tagName === 'STRONG' && !li.firstChild) li.appendChild(n.cloneNode(true));
        else if (n.nodeType === 3 || (n.tagName !== 'UL' && n !== mark)) value += n.textContent;
      });
      var words = value.replace(/\s+/g, ' ').trim().split(' ');
      if (words.length > 14) words = words.slice(0, 12).concat('…');
      li.appendChild(document.createTextNode(words.join(' ').replace(/^(?!:)/, ' ').replace(/ …$/, '…')));
      // The fact's sources by the mark the slide gives them, in the course's citation style.
      if (mark) li.appendChild(document.createTextNode('\u00a0' + mark.textContent.trim()));
      fact.querySelectorAll('li.dispute').forEach(function (d) {
        var value = d.querySelector('.dispute-value');
        li.appendChild(document.createTextNode(' · ' + o.labels.disputed + ': ' + (value ? value.textContent : '')));
      });
    });
    return out;
  }
};
