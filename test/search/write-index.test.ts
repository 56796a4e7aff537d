import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, searchIndexScript } from '../../src/search/search-index.js';
import type { SearchDocument } from '../../src/search/search-documents.js';
import { writeIndex } from '../../src/search/write-index.js';

const OPTIONS = { ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] };

const docs: SearchDocument[] = Array.from({ length: 40 }, (_, i) => ({
  id: i % 7 === 0 ? `fact:${i}` : `01-intro/slide-${i}`,
  kind: i % 7 === 0 ? 'person' : 'slide',
  title: i % 2 ? `Съезд ${i}: «план»` : `The plan, part ${i}`,
  text: `The committee </script> decided ${i % 3 ? 'that the policy' : 'КОМИТЕТ решил'} of the state, ${i} times; the state. 1936–1938 <b>x</b>`,
  href: `01-intro/index.html#/slide-${i}`,
  context: i % 5 ? 'Lecture 1' : '',
}));

/** What MiniSearch itself writes for the documents. */
function miniSearchJson(list: object[]): string {
  const mini = new MiniSearch<object>(OPTIONS);
  mini.addAll(list);
  return JSON.stringify(mini.toJSON());
}

const word = fc.constantFrom('the', 'them', 'theme', 'th', 'plan', 'planned', 'Plan', 'съезд', 'съ', '__proto__', 'constructor', '1936', '1936–1938', '', 'a', 'ab', 'abc');
const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '. ', '\n', '—', ' «', '» ', '-', '')), { maxLength: 12 }).map((parts) => parts.flat().join(''));
const documents = fc
  .array(fc.record({ title: fc.option(text, { nil: undefined }), text, context: fc.option(fc.string(), { nil: undefined }) }), { maxLength: 25 })
  .map((list) => list.map((doc, i) => ({ id: `d${i}`, kind: 'slide', href: `#/${i}`, ...doc })));

describe('the search index, written from the terms of each field', () => {
  it('is the JSON MiniSearch writes, byte for byte', () => {
    expect(writeIndex(docs, SEARCH_OPTIONS)).toBe(miniSearchJson(docs));
  });

  it('is the JSON MiniSearch writes for any documents: shared prefixes, empty and missing fields, repeated terms', () => {
    fc.assert(fc.property(documents, (list) => writeIndex(list, SEARCH_OPTIONS) === miniSearchJson(list)), { numRuns: 300 });
  });

  it('is the JSON MiniSearch writes after the documents change, as a rebuild after an edit finds them', () => {
    writeIndex(docs, SEARCH_OPTIONS);
    const edited = docs.map((doc, i) => (i === 3 ? { ...doc, title: 'A heading edited', text: `${doc.text} and a new phrase` } : doc)).filter((_, i) => i !== 5);
    expect(writeIndex(edited, SEARCH_OPTIONS)).toBe(miniSearchJson(edited));
  });

  it('refuses a document without an id or an id twice, as MiniSearch does', () => {
    expect(() => writeIndex([{ title: 'x' }], SEARCH_OPTIONS)).toThrow('MiniSearch: document does not have ID field "id"');
    expect(() => writeIndex([docs[1]!, docs[1]!], SEARCH_OPTIONS)).toThrow(`MiniSearch: duplicate ID ${docs[1]!.id}`);
  });

  it('is read back by MiniSearch.loadJS, as the search page reads it, and finds what the index finds', () => {
    const script = searchIndexScript(docs);
    expect(script).not.toContain('</script>');
    const data = JSON.parse(script.replace(/^window\.lecternSearchIndex = /, '').replace(/;\n$/, '')) as { index: object };
    const loaded = MiniSearch.loadJS<SearchDocument>(data.index as never, OPTIONS);
    const mini = new MiniSearch<SearchDocument>(OPTIONS);
    mini.addAll(docs);
    expect(loaded.search('комитет').map((r) => r.id)).toEqual(mini.search('комитет').map((r) => r.id));
    expect(loaded.search('комитет').length).toBeGreaterThan(0);
  });
});
