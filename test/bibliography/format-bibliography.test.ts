import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationMarker, cslItems, formatBibliography } from '../../src/bibliography/format-bibliography.js';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { loadFacts } from '../../src/facts/load-facts.js';
import { FIXTURES, REPO } from '../helpers/paths.js';

const GOLDEN = join(REPO, 'test/golden/bibliography');
const ORDER = ['getty-1993', 'conquest-1990', 'khlevniuk-2010', 'solomon-1996'];

/** The same four works, kept the three ways a course may keep them. */
async function store(format: 'yaml' | 'bibtex' | 'csl-json') {
  const diagnostics = new Diagnostics();
  const facts = await loadFacts(join(FIXTURES, 'bibliography', format), [], diagnostics, undefined, 'en');
  expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
  return facts;
}

/** A lecture's sources slide and its citation marks, as text to compare with a golden file. */
async function render(format: 'yaml' | 'bibtex' | 'csl-json', style: string, lang: string): Promise<string> {
  const facts = await store(format);
  const entries = formatBibliography(cslItems(facts, ORDER, lang, 'en'), style, lang);
  const mark = citationMarker(facts, style, lang, 'en');
  const marks = [['conquest-1990'], ['getty-1993', 'conquest-1990'], ['khlevniuk-2010'], ['solomon-1996']].map(
    (ids) => `${ids.join(' + ')}: ${mark(ids, ids.map((id) => ORDER.indexOf(id) + 1))}`,
  );
  return [...entries.map((e) => `${e.id}: ${e.html}`), '', ...marks, ''].join('\n');
}

const CASES: Array<[string, string]> = [
  ['chicago-author-date', 'en'],
  ['gost-r-7-0-5-2008-numeric', 'ru'],
  ['din-1505-2', 'de'],
  ['chicago-author-date', 'ru'],
  ['gost-r-7-0-5-2008-numeric', 'en'],
];

describe('bibliographies in each citation style and language', () => {
  it.each(CASES)('%s in %s, from sources.yaml, matches its golden file', async (style, lang) => {
    const actual = await render('yaml', style, lang);
    const golden = join(GOLDEN, `${style}.${lang}.txt`);
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, actual);
    }
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });

  it.each(CASES)('%s in %s: sources.bib (BibTeX) and sources.json (CSL JSON) give the same bibliography', async (style, lang) => {
    const fromYaml = await render('yaml', style, lang);
    expect(await render('bibtex', style, lang)).toBe(fromYaml);
    expect(await render('csl-json', style, lang)).toBe(fromYaml);
  });

  it('numbers a numeric style in the order of first citation, and sorts an author-date style by author', async () => {
    const facts = await store('yaml');
    const gost = formatBibliography(cslItems(facts, ORDER, 'ru', 'en'), 'gost-r-7-0-5-2008-numeric', 'ru');
    expect(gost.map((e) => e.id)).toEqual(ORDER);
    expect(gost.map((e) => /csl-left-margin">(\d+)\./.exec(e.html)?.[1])).toEqual(['1', '2', '3', '4']);
    const chicago = formatBibliography(cslItems(facts, ORDER, 'en', 'en'), 'chicago-author-date', 'en');
    expect(chicago.map((e) => e.id)).toEqual(['conquest-1990', 'getty-1993', 'solomon-1996', 'khlevniuk-2010']);
  });

  it('GOST writes each reference in its source\'s language, in a list of any language, with spaced initials', async () => {
    const facts = await store('yaml');
    const gost = formatBibliography(cslItems(facts, ORDER, 'ru', 'en'), 'gost-r-7-0-5-2008-numeric', 'ru');
    const text = (id: string) => gost.find((e) => e.id === id)!.html.replace(/<[^>]+>/g, '');
    // An English article in a Russian list: English descriptors; a Russian book: Russian initials spaced.
    expect(text('getty-1993')).toMatch(/^1\.Getty J\. A\., Rittersporn G\. T\., Zemskov V\. N\. .* 1993\. Vol\. 98, no\. 4\. P\. 1017–1049\.$/);
    expect(text('khlevniuk-2010')).toMatch(/^3\.Хлевнюк О\. В\. /);
  });
});
