import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { titleKey } from '../../src/render/collate.js';
import { REPO, tempDir } from '../helpers/paths.js';

/** The example course's pages as a reader meets them: lists in the order of what they show, one search result per place. */
let out: string;
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&[^;]+;/g, ' ').trim();
/** The titles of a page's entries, in order, per group (h2) when it has groups. */
function entries(html: string): Array<{ group: string; label: string; id: string }> {
  const found: Array<{ group: string; label: string; id: string }> = [];
  let group = '';
  for (const m of html.matchAll(/<h2 id="group-([^"]+)-heading">|<dt id="([^"]+)">(.*?)(?:\s—\s.*)?<\/dt>/g)) {
    if (m[1]) group = m[1];
    else found.push({ group, id: m[2]!, label: text(m[3]!) });
  }
  return found;
}

beforeAll(async () => {
  out = join(tempDir(), 'out');
  await build({ course: join(REPO, 'lectures'), out });
}, 60_000);

describe('the fact index and the glossary', () => {
  it('group the facts by type, each group in the page language’s order of what it shows', () => {
    for (const lang of ['en', 'ru']) {
      const list = entries(read(`${lang}/facts.html`));
      const groups = [...new Set(list.map((e) => e.group))];
      expect(groups.slice(0, 5)).toEqual(['event', 'person', 'figure', 'quote', 'term']);
      const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      for (const group of groups.filter((g) => g !== 'person')) {
        const labels = list.filter((e) => e.group === group).map((e) => titleKey(e.label, lang));
        expect(labels, `${lang} ${group}`).toEqual([...labels].sort(collator.compare));
      }
    }
    const events = entries(read('en/facts.html')).filter((e) => e.group === 'event').map((e) => e.label);
    expect(events.slice(0, 3)).toEqual(['Beria takes over the NKVD', 'The charges at the Moscow trials', 'Closed trial of Tukhachevsky and seven commanders']);
    const quotes = entries(read('en/facts.html')).filter((e) => e.group === 'quote').map((e) => e.label);
    expect(quotes[0]).not.toMatch(/^The refusal/);
  });

  it('lists the groups at the top, each a link to its heading with its count', () => {
    const html = read('en/facts.html');
    const nav = /<nav class="index-groups"[\s\S]*?<\/nav>/.exec(html)![0];
    expect(text(nav)).toMatch(/^Events \d+Peopl/);
    for (const [, type] of nav.matchAll(/href="#group-([a-z]+)"/g)) expect(html).toContain(`id="group-${type}"`);
  });

  it('files the glossary under what the reader sees, with where each term is used', () => {
    const terms = entries(read('en/glossary.html')).map((e) => e.label);
    expect(terms[0]).toBe('Collective security');
    expect(terms.indexOf('The Old Guard (Old Bolsheviks)')).toBeLessThan(terms.indexOf('Popular Front'));
    expect(terms.indexOf('“Trotskyite”')).toBeGreaterThan(terms.indexOf('Show trial'));
    const glossary = read('en/glossary.html');
    expect(glossary).toMatch(/<dd><p>[^<]+<\/p><p class="uses">Used in: <a href="01-show-trials\/index.html#\/[^"]+">The Moscow show trials, slide \d+<\/a>/);
    expect(read('ru/glossary.html')).toContain('<p class="uses">Где используется: ');
  });
});

describe('the course home', () => {
  it('names each lecture by its number in the home page’s language, not by its file', () => {
    const rows = [...read('index.html').matchAll(/<th scope="row">(.*?)<\/th>/g)].map((m) => m[1]!.replace(/\u00a0/g, ' '));
    expect(rows).toEqual(['Lecture 1', 'Lecture 2']);
  });
});

describe('the search', () => {
  it('has one result per place: a fact shown on the slide of its name is that slide’s result', () => {
    for (const lang of ['en', 'ru']) {
      const script = read(`${lang}/search-index.js`);
      const data = JSON.parse(script.replace(/^window\.lecternSearchIndex = /, '').replace(/;\s*$/, '')) as { index: { storedFields: Record<string, { title: string; href: string }> } };
      const places = Object.values(data.index.storedFields).map((f) => `${f.title.toLowerCase()} → ${f.href}`);
      expect(places.filter((p, i) => places.indexOf(p) !== i), lang).toEqual([]);
    }
  });
});
