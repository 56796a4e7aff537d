import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/** A German course whose one source has two authors, with dates, a range and abbreviations. */
const FILES: Record<string, string> = {
  'course.yaml': 'title: {de: "Organische Chemie"}\nauthor: "Prof. Dr. Anna Roth"\nlanguages: [de]\n',
  'sources.yaml': `- id: beyer-2004
  author: "Hans Beyer; Wolfgang Walter"
  title: "Lehrbuch der organischen Chemie"
  type: book
  publisher: "Hirzel"
  year: 2004
  language: de
  kind: reference
`,
  'facts/events.yaml': `- id: benzol
  type: event
  title: {de: "Beschreibung des Benzolrings"}
  date: "1865"
  sources:
    - source: beyer-2004
      note: {de: "Kekulé, 1865."}
- id: zeit
  type: event
  title: {de: "Studienzeit"}
  date: {from: "1824", to: "1828"}
  sources:
    - source: beyer-2004
      note: {de: "Gießen."}
`,
  '01-benzol.de.md': `---
title: "Aromaten"
lang: de
---

## Kekulé

- {{fact "benzol"}}, {{date "benzol"}} {{cite "benzol"}}
- {{fact "zeit"}}: {{date "zeit"}} {{cite "zeit"}}
- Es wiegt ca. 5 g, z. B. bei Prof. Dr. Roth, 1830–1832.

::: notes
Kekulé und der Benzolring {{cite "benzol"}}
:::
`,
};

let out = '';
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  const root = join(tempDir(), 'course');
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  out = join(tempDir(), 'out');
  const result = runCli(['build', root, '--out', out]);
  expect(result.status, result.stderr).toBe(0);
}, 60_000);

describe('a German course', () => {
  it('escapes a two-author citation mark once, on the slide, in the notes and on the site', () => {
    const deck = read('de/01-benzol/index.html');
    expect(deck).not.toMatch(/&amp;\s*amp;/);
    expect(deck).toContain('<a class="cite" data-fact="benzol" href="#/sources">(Beyer &amp; Walter, 2004)</a>');
    expect(deck).toContain('<span class="fact-mark">(Beyer &amp; Walter, 2004)</span>');
    expect(deck).toContain('<span class="citation-mark">(Beyer &amp; Walter, 2004)</span>');
    expect(read('de/facts.html')).not.toMatch(/&amp;\s*amp;/);
  });
});

describe('ranges in a German course', () => {
  it('hold no invisible characters and are kept on one line by markup', () => {
    const deck = read('de/01-benzol/index.html');
    const site = read('de/facts.html');
    for (const html of [deck, site, read('de/search-index.js')]) expect(html).not.toContain('\u2060');
    expect(deck).toContain('<span class="fact" data-fact="zeit"><span class="nowrap">1824–1828</span></span>');
    expect(deck).toContain('<span class="nowrap">1830–1832.</span>');
    expect(site).toContain('<span class="nowrap">1824–1828</span>');
  });
});

describe('German abbreviations', () => {
  it('stay with the word or number after them and keep their parts together', () => {
    expect(read('de/01-benzol/index.html')).toContain('Es wiegt ca.\u00a05\u00a0g, z.\u00a0B.\u00a0bei Prof.\u00a0Dr.\u00a0Roth,');
  });
});

describe('title separators in a German course', () => {
  it('join the parts of titles and fact headings with the spaced en dash', () => {
    expect(read('de/01-benzol/index.html')).toContain('<title>Aromaten – Organische Chemie</title>');
    const site = read('de/facts.html');
    expect(site).toContain('<title>Faktenregister – Organische Chemie</title>');
    expect(site).toContain('<dt id="benzol">Beschreibung des Benzolrings – 1865</dt>');
    expect(site).not.toContain(' — ');
  });
});

describe('sources on the fact index', () => {
  it('are written as the bibliography writes them, each author named in the style', () => {
    const site = read('de/facts.html');
    expect(site).toContain('<span class="citation-source">Beyer, Hans; Walter, Wolfgang: Lehrbuch der organischen Chemie');
    expect(site).not.toContain('Hans Beyer; Wolfgang Walter');
  });
});
