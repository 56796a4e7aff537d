import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { findNumbers } from '../../src/checks/find-numbers.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { CLI } from '../helpers/paths.js';

const OUTLINE = (body: string) => `---\ntitle: T\n---\n\n## A\n\n${body}\n`;
const texts = (text: string, lang: string) =>
  findNumbers(text, lang).map((f) => (f.kind === 'date' ? `date ${f.text} ${f.iso}` : f.high === undefined ? `number ${f.text} ${f.value}` : `range ${f.text} ${f.value} ${f.high}`));

describe('findNumbers', () => {
  it('reads dates at their precision and numbers with their grouping, in English', () => {
    expect(texts('Shot on 1 December 1934; August 20, 1940; in December 1934; in 1937; 30,000 officers; 13.8 million votes; 50% of them', 'en')).toEqual([
      'date 1 December 1934 1934-12-01',
      'date August 20, 1940 1940-08-20',
      'date December 1934 1934-12',
      'date 1937 1937',
      'number 30,000 30000',
      'number 13.8 million 13800000',
      'number 50% 50',
    ]);
  });

  it('reads Russian dates (genitive months, "г.") and numbers (space groups, decimal comma, «млн»)', () => {
    expect(texts('Убит 1 декабря 1934 г.; 30 000 командиров; 30\u00a0000 человек; 13,8 млн голосов; 3 из 5 маршалов', 'ru')).toEqual([
      'date 1 декабря 1934 1934-12-01',
      'number 30 000 30000',
      'number 30\u00a0000 30000',
      'number 13,8 млн 13800000',
      'number 3 3',
      'number 5 5',
    ]);
  });

  it('reads German dates and numbers from the locale', () => {
    expect(texts('Am 1. Dezember 1934: 30.000 Offiziere, 13,8 Millionen Stimmen', 'de')).toEqual([
      'date 1. Dezember 1934 1934-12-01',
      'number 30.000 30000',
      'number 13,8 Millionen 13800000',
    ]);
  });

  it('reads Spanish dates ("1 de diciembre de 1934") and numbers with their scale words', () => {
    expect(texts('El 1 de diciembre de 1934: 30.000 oficiales, 13,8 millones de votos, 2 mil millones', 'es')).toEqual([
      'date 1 de diciembre de 1934 1934-12-01',
      'number 30.000 30000',
      'number 13,8 millones 13800000',
      'number 2 mil millones 2000000000',
    ]);
  });

  it('reads a range as one finding, a scale word after it applying to both ends', () => {
    expect(texts('membranes are 7–8 nm thick; 2 - 3 million cells; 10–20%; 1,5–2,5 Millionen', 'en').slice(0, 3)).toEqual([
      'range 7–8 7 8',
      'range 2 - 3 million 2000000 3000000',
      'range 10–20% 10 20',
    ]);
    expect(texts('1,5–2,5 Millionen Zellen, 7-8 nm, 7\u2060–\u20608 nm', 'de')).toEqual(['range 1,5–2,5 Millionen 1500000 2500000', 'range 7-8 7 8', 'range 7\u2060–\u20608 7 8']);
    // Years stay dates, each on its own; a number next to a range is not drawn into it.
    expect(texts('1936–1938; 5 and 7–8', 'en')).toEqual(['date 1936 1936', 'date 1938 1938', 'number 5 5', 'range 7–8 7 8']);
  });

  it('leaves names alone: decades, ordinals, numbers of documents', () => {
    expect(texts('the 1930s, the 1930’s, the 7th Congress, Order No. 00447, G7', 'en')).toEqual([]);
    expect(texts('в 1930-е годы, в 1930-х, приказ № 00447, 7-й конгресс', 'ru')).toEqual([]);
  });
});

describe('the hand-typed-number rule', () => {
  const body = [
    '- Held in August 1936, {{date "first-trial"}}', // 7: a date a fact holds
    '- About 30,000 people arrested', // 8: a figure a fact holds
    '- In 1912 nothing happened', // 9: no fact holds it
    '- Decades are names: the 1930s; helpers are not typed: {{timeline tag="trials" from="1936"}}',
    '- Code `1936`, math $1936$, ![in 1936](images/dot.png)',
    '',
    '::: notes',
    'Notes may say 1936: they are the lecturer\'s own words.',
    ':::',
  ].join('\n');

  async function found(strict: boolean) {
    const root = miniCourseWith({ '01-demo.en.md': OUTLINE(body), '01-demo.ru.md': OUTLINE('- Ничего') });
    const { diagnostics } = await check({ course: root, strict });
    return diagnostics
      .sorted()
      .filter((d) => d.ruleId === 'hand-typed-number')
      .map((d) => `${relative(root, d.file)}:${d.start.line}:${d.start.column} ${d.severity} ${d.message} | ${d.hint}`);
  }

  it('reports each number typed on a slide, with the fact that could supply it: an info by default', async () => {
    expect(await found(false)).toEqual([
      '01-demo.en.md:7:11 info date "August 1936" typed by hand on a slide | a fact can supply it, with its citation: {{date "first-trial"}}, {{date "zinoviev"}}',
      '01-demo.en.md:8:9 info number "30,000" typed by hand on a slide | a fact can supply it, with its citation: {{figure "arrests"}}',
      '01-demo.en.md:9:6 info date "1912" typed by hand on a slide | no fact holds it yet: add one to facts/ with a cited source, then write {{date "id"}} and {{cite "id"}}',
    ]);
  });

  it('leaves sub- and superscripts alone and reports a range once, with the figure that holds it', async () => {
    const figure = '- id: membrane\n  type: figure\n  title: {en: Membrane, ru: Мембрана}\n  range: [7, 8]\n  unit: {en: nm, ru: нм}\n  sources:\n    - source: almanac\n      note: p. 3\n';
    const root = miniCourseWith({
      'facts/cells.yaml': figure,
      '01-demo.en.md': OUTLINE('- O~2~ and CO~2~ pass, Na^+^ and Ca^2+^ do not; area in m^2^ or m<sup>2</sup>, H<sub>2</sub>O\n- The membrane is 7–8 nm thick'),
      '01-demo.ru.md': OUTLINE('- Ничего'),
    });
    const { diagnostics } = await check({ course: root });
    const lines = diagnostics.list.filter((d) => d.ruleId === 'hand-typed-number').map((d) => `${d.start.line}:${d.start.column} ${d.message} | ${d.hint}`);
    expect(lines).toEqual(['8:19 range "7–8" typed by hand on a slide | a fact can supply it, with its citation: {{figure "membrane"}}']);
  });

  it('points at each of two equal numbers in one table row', async () => {
    const root = miniCourseWith({ '01-demo.en.md': OUTLINE('| a | b |\n|---|---|\n| 1912 | 1912 |'), '01-demo.ru.md': OUTLINE('- Ничего') });
    const { diagnostics } = await check({ course: root });
    const places = diagnostics.list.filter((d) => d.ruleId === 'hand-typed-number').map((d) => `${d.start.line}:${d.start.column}`);
    expect(places).toEqual(['9:3', '9:10']);
  });

  it('passes by the numbers Lectern writes itself: a numbered caption\'s "Table 1", a cross-reference, a footnote mark', async () => {
    const outline = OUTLINE('| a | b |\n|---|---|\n| x | y |\n\n: Key figures of a test {#tbl-test}\n\nSee @tbl-test.[^1]\n\n![A dot](images/dot.png){#fig-dot}\n\n[^1]: A note.');
    const root = miniCourseWith({ '01-demo.en.md': outline, '01-demo.ru.md': OUTLINE('- Ничего') });
    const { diagnostics } = await check({ course: root, strict: true });
    expect(diagnostics.list.filter((d) => d.ruleId === 'hand-typed-number').map((d) => `${d.start.line}:${d.start.column} ${d.message}`)).toEqual([]);
  });

  it('still counts a number the author typed into a numbered caption', async () => {
    const root = miniCourseWith({ '01-demo.en.md': OUTLINE('| a |\n|---|\n| x |\n\n: Arrests in 1937 {#tbl-arrests}'), '01-demo.ru.md': OUTLINE('- Ничего') });
    const { diagnostics } = await check({ course: root });
    expect(diagnostics.list.filter((d) => d.ruleId === 'hand-typed-number').map((d) => `${d.start.line}:${d.start.column} ${d.message}`)).toEqual([
      '11:14 date "1937" typed by hand on a slide',
    ]);
  });

  it('gives warnings under --strict', async () => {
    expect((await found(true)).map((line) => line.split(' ')[1])).toEqual(['warning', 'warning', 'warning']);
  });

  it('fails lectern check --strict (exit 1) and not lectern check (exit 0)', () => {
    const root = miniCourseWith({ '01-demo.en.md': OUTLINE('- In 1912 nothing happened'), '01-demo.ru.md': OUTLINE('- Ничего') });
    const plain = spawnSync('node', [CLI, 'check', root], { encoding: 'utf8' });
    expect(plain.status, plain.stdout + plain.stderr).toBe(0);
    const strict = spawnSync('node', [CLI, 'check', '--strict', root], { encoding: 'utf8' });
    expect(strict.status, strict.stdout + strict.stderr).toBe(1);
    expect(strict.stdout).toContain('01-demo.en.md:7:6 warning date "1912" typed by hand on a slide [hand-typed-number]');
  });
});
