import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { loadFacts } from '../../src/facts/load-facts.js';
import { verifyQuotes } from '../../src/facts/verify-quotes.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { summarise } from '../helpers/render-outline.js';

async function load(files: Record<string, string>) {
  const root = miniCourseWith(files);
  const diagnostics = new Diagnostics();
  const store = await loadFacts(root, ['texts'], diagnostics);
  return { store, diagnostics };
}

const event = (id: string, extra = '') =>
  `- id: ${id}\n  type: event\n  title: {en: E, ru: Е}\n  date: "1936"\n  sources:\n    - source: chronicle\n      quote: "The first open trial"\n${extra}`;

describe('loadFacts', () => {
  it('loads the mini course facts and sources', async () => {
    const { store, diagnostics } = await load({});
    expect(diagnostics.list).toEqual([]);
    expect([...store.facts.keys()].sort()).toEqual(['arrests', 'first-trial', 'show-trial', 'trial-quote', 'zinoviev']);
    expect(store.sources.get('chronicle')?.textFile).toMatch(/texts\/chronicle\.txt$/);
  });

  it('names both places of a duplicate id', async () => {
    const { diagnostics } = await load({ 'facts/zz-more.yaml': event('first-trial') });
    const duplicate = diagnostics.list.find((d) => d.ruleId === 'duplicate-id')!;
    expect(duplicate.file).toMatch(/zz-more\.yaml$/);
    expect(duplicate.start).toEqual({ line: 1, column: 7 });
    expect(duplicate.related?.[0]?.file).toMatch(/trials\.yaml$/);
    expect(duplicate.related?.[0]?.start).toEqual({ line: 1, column: 7 });
  });

  it('reports an unknown source with a did-you-mean', async () => {
    const { diagnostics } = await load({ 'facts/zz-more.yaml': event('x').replace('source: chronicle', 'source: chronical') });
    expect(summarise(diagnostics)).toEqual(['6:15 error unknown source "chronical" — did you mean "chronicle"?']);
  });

  it('requires a citation', async () => {
    const { diagnostics } = await load({ 'facts/zz-more.yaml': '- id: x\n  type: place\n  title: P\n  sources: []\n' });
    expect(summarise(diagnostics)).toEqual(['4:12 error sources: a fact cites at least one source']);
  });

  it('warns about a dispute without a note', async () => {
    const dispute = '  disputed:\n    - value: "1937"\n      source: chronicle\n      quote: "August 1936"\n';
    const { diagnostics } = await load({ 'facts/zz-more.yaml': event('x', dispute) });
    expect(summarise(diagnostics)).toEqual(['9:7 warning the dispute with "chronicle" has no note']);
  });

  it('reports every bad fact of a file, not only the first', async () => {
    const bad = '- id: Bad_Id\n  type: event\n  title: T\n  date: "1936"\n  sources: [{source: chronicle, quote: q}]\n- id: y\n  type: planet\n';
    const { diagnostics } = await load({ 'facts/zz-more.yaml': bad });
    expect(summarise(diagnostics)).toEqual([
      '1:7 error id: expected a kebab-case id such as "kirov-murder", found "Bad_Id"',
      '7:9 error type: expected one of event, person, figure, quote, term, place, document, found "planet" — did you mean "place"?',
    ]);
  });
});

describe('verifyQuotes', () => {
  it('verifies quotes against the text, and reports the others as unverified', async () => {
    const { store, diagnostics } = await load({});
    expect(await verifyQuotes(store, diagnostics)).toEqual({ verified: 4, unverified: 3 });
    expect(diagnostics.list.every((d) => d.severity === 'info' && d.ruleId === 'quote-unverified')).toBe(true);
  });

  it('points a wrong quote at the citation and the closest passage', async () => {
    const wrong = event('x').replace('The first open trial', 'The first public trial took place in August');
    const { store, diagnostics } = await load({ 'facts/zz-more.yaml': wrong });
    await verifyQuotes(store, diagnostics);
    const error = diagnostics.list.find((d) => d.ruleId === 'quote-mismatch')!;
    expect(`${error.start.line}:${error.start.column} ${error.message}`).toBe('7:14 quote not found in "chronicle.txt"');
    expect(error.hint).toContain('The first open trial took place in August');
    expect(error.related?.[0]?.start.line).toBe(1);
  });

  it('warns when a source text is missing', async () => {
    const root = miniCourseWith({});
    const diagnostics = new Diagnostics();
    const store = await loadFacts(root, [], diagnostics);
    const { verified } = await verifyQuotes(store, diagnostics);
    expect(verified).toBe(0);
    expect(diagnostics.list.find((d) => d.ruleId === 'source-text-missing')?.severity).toBe('warning');
  });
});
