import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { CLOSED_RANGE_DASH, spacedRangeDash } from '../../src/typeset/range-dash.js';

/** Elements whose text is code, math or program: not prose, so not typeset. */
const NOT_PROSE = /<(pre|code|kbd|samp|script|style|math|svg|annotation|textarea)\b[\s\S]*?<\/\1>/gi;
const KATEX = /<span class="katex[\s\S]*?<\/annotation>/gi;
const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': '\u00a0' };

/** The prose text nodes of an HTML page, entities decoded. */
function textNodes(html: string): string[] {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(NOT_PROSE, '<>')
    .replace(KATEX, '<>')
    .split(/<[^>]*>/)
    .map((t) => t.replace(/&(quot|#39|#x27|amp|lt|gt|nbsp);/g, (e) => ENTITIES[e]!))
    .filter((t) => t.trim());
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь';
/** A date broken across lines: a plain (breaking) space between day and month or month and year. */
const SPLIT_DATE = new RegExp(`(\\b\\d{1,2}\\.? (?:${MONTHS})\\b|\\b(?:${MONTHS}) \\d{1,4}\\b)`, 'u');

/** A dash between two numbers, closed up: "1880–1936", "23–30 January". */
const CLOSED_RANGE = /\d([-–—]\u2060?)(?=\d)/g;
/** A spaced dash between the end of a date and the start of the next: "1883 – 25 August", "1885 г. — май". */
const SPACED_RANGE = new RegExp(`(?:\\d|(?<!\\p{L})гг?\\.)([\\s\\u2009\\u202f]+[–—][\\s\\u2009\\u202f]+)(?=\\d|(?:${MONTHS})(?!\\p{L}))`, 'gu');

let pages: Array<{ path: string; html: string }>;

beforeAll(() => {
  const out = join(tempDir(), 'out');
  const result = runCli(['build', join(REPO, 'lectures'), '--out', out]);
  expect(result.status, result.stderr).toBe(0);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === 'assets' ? [] : walk(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  pages = walk(out).map((file) => ({ path: relative(out, file), html: readFileSync(file, 'utf8') }));
}, 120_000);

describe('every text node of the built example course is typeset', () => {
  it('builds decks and course pages in both languages', () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['en/01-show-trials/index.html', 'ru/01-show-trials/index.html', 'ru/people.html']));
  });

  it('has no straight quotation mark or apostrophe outside code', () => {
    const straight = pages.flatMap(({ path, html }) => textNodes(html).filter((t) => /["']/.test(t)).map((t) => `${path}: ${t.trim()}`));
    expect(straight).toEqual([]);
  });

  it('never lets a date break between day, month and year', () => {
    const split = pages.flatMap(({ path, html }) => textNodes(html).filter((t) => SPLIT_DATE.test(t)).map((t) => `${path}: ${SPLIT_DATE.exec(t)![0]}`));
    expect(split).toEqual([]);
  });

  it('joins ranges with one dash style per language, and never breaks after a closed range’s dash', () => {
    for (const lang of ['en', 'ru']) {
      const text = pages.filter((p) => p.path.startsWith(`${lang}/`)).flatMap((p) => textNodes(p.html));
      const styles = new Set<string>();
      for (const t of text) {
        // Digits joined by a hyphen in prose are not ranges only when they are ISO dates; the course has none.
        for (const m of t.matchAll(CLOSED_RANGE)) styles.add(`closed ${JSON.stringify(m[1])}`);
        for (const m of t.matchAll(SPACED_RANGE)) styles.add(`spaced ${JSON.stringify(m[1])}`);
      }
      expect([...styles].sort(), lang).toEqual([`closed ${JSON.stringify(CLOSED_RANGE_DASH)}`, `spaced ${JSON.stringify(spacedRangeDash(lang))}`]);
    }
  });

  it('never lets a citation mark start a line', () => {
    const loose = pages.flatMap(({ path, html }) => (html.match(/[ \n]<a class="cite"/g) ?? []).map(() => path));
    expect(loose).toEqual([]);
  });

  it('writes Russian quotations with «…» and „…“, English with “…” and ‘…’', () => {
    const ru = pages.filter((p) => p.path.startsWith('ru/')).flatMap((p) => textNodes(p.html)).join('\n');
    const en = pages.filter((p) => p.path.startsWith('en/')).flatMap((p) => textNodes(p.html)).join('\n');
    expect(ru).toMatch(/«[^»]+»/);
    expect(en).toMatch(/“[^”]+”/);
  });
});
