import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationMarker, cslItems, formatBibliography } from '../../src/bibliography/format-bibliography.js';
import { shortTitle } from '../../src/bibliography/short-title.js';
import { check } from '../../src/check.js';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import type { Source } from '../../src/facts/fact-schema.js';
import { loadFacts } from '../../src/facts/load-facts.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE } from '../helpers/paths.js';
import { renderOutlineBody } from '../helpers/render-outline.js';

const source = (fields: Partial<Source>): Source => ({ id: 's', title: 'T', language: 'en', kind: 'secondary', ...fields }) as Source;

/** The mini course's sources with one more, anonymous and given a short title. */
const ANONYMOUS = (title: string, short: string) =>
  readFileSync(join(MINI_COURSE, 'sources.yaml'), 'utf8') +
  `- id: purges\n  title: {en: "${title}", ru: "Чистки в СССР: статья без автора"}\n  short: {en: "${short}", ru: "Чистки в СССР"}\n  year: 2013\n  language: en\n  kind: secondary\n`;

const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/[“”"]/g, '');

describe('short titles of sources without an author', () => {
  it('are the given short title, else the main part of the title, cut to four words', () => {
    expect(shortTitle(source({ title: { en: 'Purges in the USSR: A Web Article' }, short: { en: 'Purges' } }), 'en', 'en')).toBe('Purges');
    expect(shortTitle(source({ title: 'Purges in the USSR: A Web Article' }), 'en', 'en')).toBe('Purges in the USSR');
    expect(shortTitle(source({ title: 'Soviet Foreign Policy (an anonymous account)' }), 'en', 'en')).toBe('Soviet Foreign Policy');
    expect(shortTitle(source({ title: 'The History of the Gulag from Collectivization to Terror' }), 'en', 'en')).toBe('The History of the');
  });

  it('start the bibliography entry that an author-date citation mark names', async () => {
    const root = miniCourseWith({ 'sources.yaml': ANONYMOUS('Purges in the USSR: An Untitled Web Article', 'Purges in the USSR') });
    const store = await loadFacts(root, [], new Diagnostics(), undefined, 'en');
    const mark = citationMarker(store, 'chicago-author-date', 'en', 'en')(['purges'], [1]);
    const [entry] = formatBibliography(cslItems(store, ['purges'], 'en', 'en'), 'chicago-author-date', 'en');
    expect(mark).toBe('(Purges in the USSR 2013)');
    expect(plain(entry!.html)).toMatch(/^Purges in the USSR: An Untitled Web Article\. 2013\./);
  });

  it('give a check warning, at the short title, when they are not the start of the title', async () => {
    const root = miniCourseWith({ 'sources.yaml': ANONYMOUS('Untitled web article on the purges', 'Purges in the USSR') });
    const { diagnostics } = await check({ course: root });
    const found = diagnostics
      .sorted()
      .filter((d) => d.ruleId === 'short-title')
      .map((d) => `${relative(root, d.file)}:${d.start.line}:${d.start.column} ${d.severity} ${d.message}`);
    expect(found).toEqual([
      'sources.yaml:14:15 warning the short title "Purges in the USSR" of source "purges" is not the start of its title "Untitled web article on the purges"',
    ]);
  });

  it('name the source of a quotation without a speaker, never its long title', async () => {
    const quote = [
      '- id: purges-quote',
      '  type: quote',
      '  text: "About 30,000 people were said to have been arrested"',
      '  lang: en',
      '  sources:',
      '    - source: purges',
      '      quote: "About 30,000 people were said to have been arrested"',
      '',
    ].join('\n');
    const root = miniCourseWith({
      'sources.yaml': ANONYMOUS('Purges in the USSR: An Untitled Web Article on the Terror of the Late 1930s', 'Purges in the USSR'),
      'facts/quotes.yaml': quote,
    });
    const { html } = await renderOutlineBody('\n## Q\n\n{{quote "purges-quote"}}\n', { root });
    expect(/<footer>[\s\S]*?<\/footer>/.exec(html)?.[0]).toBe('<footer>— <cite>Purges in the USSR</cite> <a class="cite" href="#/sources">(Purges in the USSR 2013)</a></footer>');
  });
});
