import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, searchIndexScript } from '../../src/search/search-index.js';
import type { SearchDocument } from '../../src/search/search-documents.js';
import { serializeIndex } from '../../src/search/serialize-index.js';

const docs: SearchDocument[] = Array.from({ length: 40 }, (_, i) => ({
  id: i % 7 === 0 ? `fact:${i}` : `01-intro/slide-${i}`,
  kind: i % 7 === 0 ? 'person' : 'slide',
  title: i % 2 ? `Съезд ${i}: «план»` : `The plan, part ${i}`,
  text: `The committee </script> decided ${i % 3 ? 'that the policy' : 'КОМИТЕТ решил'} of the state, ${i} times; the state. 1936–1938 <b>x</b>`,
  href: `01-intro/index.html#/slide-${i}`,
  context: i % 5 ? 'Lecture 1' : '',
}));

function index(): MiniSearch<SearchDocument> {
  const mini = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  mini.addAll(docs);
  return mini;
}

describe('the search index, written term by term', () => {
  it('is the JSON MiniSearch writes', () => {
    const mini = index();
    expect(serializeIndex(mini)).toBe(JSON.stringify(mini.toJSON()));
  });

  it('is read back by MiniSearch.loadJS, as the search page reads it, and finds what the index finds', () => {
    const script = searchIndexScript(docs);
    expect(script).not.toContain('</script>');
    const data = JSON.parse(script.replace(/^window\.lecternSearchIndex = /, '').replace(/;\n$/, '')) as { index: object };
    const loaded = MiniSearch.loadJS<SearchDocument>(data.index as never, { ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
    expect(loaded.search('комитет').map((r) => r.id)).toEqual(index().search('комитет').map((r) => r.id));
    expect(loaded.search('комитет').length).toBeGreaterThan(0);
  });

  it('is left to toJSON() for an index not laid out as MiniSearch 7 lays it out', () => {
    expect(serializeIndex({ documentCount: 1 })).toBeUndefined();
  });
});
