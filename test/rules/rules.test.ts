import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { miniCourseWith } from '../helpers/course-files.js';

/**
 * One fixture per diagnostic rule, remark-lint style: the smallest change to
 * the mini course that triggers it, and the exact messages it must give, with
 * their positions. The mini course itself triggers none but the infos listed.
 */
const OUTLINE = (body: string) => `---\ntitle: T\n---\n\n## A\n\n${body}\n`;
const EVENT = (id: string, extra = '') =>
  `- id: ${id}\n  type: event\n  title: {en: E, ru: Е}\n  date: "1936"\n  sources:\n    - source: chronicle\n      quote: "The first open trial"\n${extra}`;

const RULES: Record<string, { files: Record<string, string>; expected: string[] }> = {
  'yaml-syntax': { files: { 'facts/x.yaml': '- id: a\n  title: [E\n' }, expected: ['facts/x.yaml:2:10 error the list opened here with "[" is not closed with "]"'] },
  schema: { files: { 'facts/x.yaml': EVENT('x').replace('date: "1936"', 'date: "Aug 1936"') }, expected: ['facts/x.yaml:4:9 error date: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists, found "Aug 1936"'] },
  'duplicate-id': { files: { 'facts/x.yaml': EVENT('zinoviev') }, expected: ['facts/x.yaml:1:7 error fact "zinoviev" is defined twice'] },
  'unknown-source': { files: { 'facts/x.yaml': EVENT('x').replace('source: chronicle', 'source: chronicel') }, expected: ['facts/x.yaml:6:15 error unknown source "chronicel" — did you mean "chronicle"?'] },
  'quote-missing': { files: { 'facts/x.yaml': EVENT('x').replace('      quote: "The first open trial"\n', '      note: "a summary"\n') }, expected: ['facts/x.yaml:6:7 error the citation of "chronicle" has no quote'] },
  'unknown-speaker': {
    files: { 'facts/x.yaml': '- id: q\n  type: quote\n  text: "The first open trial"\n  lang: en\n  speaker: first-trial\n  sources:\n    - source: chronicle\n      quote: "The first open trial"\n' },
    expected: ['facts/x.yaml:5:12 error speaker "first-trial" is not a person fact'],
  },
  'dispute-note': {
    files: { 'facts/x.yaml': EVENT('x', '  disputed:\n    - value: "1937"\n      source: chronicle\n      quote: "August 1936"\n') },
    expected: ['facts/x.yaml:9:7 warning the dispute with "chronicle" has no note'],
  },
  'source-text-missing': {
    files: { 'sources.yaml': '- id: chronicle\n  title: C\n  language: en\n  kind: secondary\n  file: gone.txt\n- id: almanac\n  title: A\n  language: en\n  kind: reference\n' },
    expected: ['sources.yaml:1:7 warning the text "gone.txt" of source "chronicle" was not found'],
  },
  'quote-mismatch': {
    files: { 'facts/x.yaml': EVENT('x').replace('The first open trial', 'The first secret trial') },
    expected: ['facts/x.yaml:7:14 error quote not found in "chronicle.txt"'],
  },
  'unknown-fact': { files: { '01-demo.en.md': OUTLINE('{{date "first-trail"}}') }, expected: ['01-demo.en.md:7:1 error unknown fact "first-trail" — did you mean "first-trial"?'] },
  'wrong-fact-type': { files: { '01-demo.en.md': OUTLINE('{{figure "zinoviev"}}') }, expected: ['01-demo.en.md:7:1 error {{figure "zinoviev"}} needs a fact of type figure, but "zinoviev" is a person'] },
  'missing-translation': {
    files: { 'facts/x.yaml': EVENT('x').replace('title: {en: E, ru: Е}', 'title: {en: E}'), '01-demo.ru.md': OUTLINE('{{fact "x"}}') },
    expected: ['01-demo.ru.md:7:1 error the title of "x" has no "ru" text'],
  },
  'helper-arguments': { files: { '01-demo.en.md': OUTLINE('{{fact "zinoviev" "colour"}}') }, expected: ['01-demo.en.md:7:1 error {{fact}} has no field "colour"'] },
  'unknown-helper': { files: { '01-demo.en.md': OUTLINE('{{dat "first-trial"}}') }, expected: ['01-demo.en.md:7:1 error unknown helper "dat" — did you mean "date"?'] },
  'helper-syntax': { files: { '01-demo.en.md': OUTLINE('{{#each (facts tag="trials")}}\n- x') }, expected: ['01-demo.en.md:7:1 error {{#each}} is never closed'] },
  'unclosed-div': { files: { '01-demo.en.md': OUTLINE('::: notes\nSay.') }, expected: ['01-demo.en.md:7:1 error "::: notes" is never closed'] },
  media: { files: { '01-demo.en.md': OUTLINE('![map](images/map.png)') }, expected: ['01-demo.en.md:7:1 error image "images/map.png" not found'] },
  'front-matter': { files: { '01-demo.en.md': '## No front matter\n' }, expected: ['01-demo.en.md:1:1 error the outline has no front matter'] },
  encoding: { files: { '01-demo.en.md': OUTLINE('bad byte: \ufffd') }, expected: ['01-demo.en.md:7:11 error the file is not valid UTF-8'] },
  'unknown-language': { files: { '01-demo.fr.md': OUTLINE('Bonjour') }, expected: ['01-demo.fr.md:1:1 error the outline is in "fr", which course.yaml does not list'] },
  'inline-list': {
    files: { '01-demo.en.md': OUTLINE('{{#each (facts tag="trials")}}- {{fact id}}{{/each}}') },
    expected: ['01-demo.en.md:7:1 warning {{#each}} on one line makes its turns one run-together list item'],
  },
  'unknown-person': {
    files: { 'facts/x.yaml': EVENT('x', '  people: [zinovev]\n') },
    expected: ['facts/x.yaml:8:12 error unknown person "zinovev" — did you mean "zinoviev"?'],
  },
  'source-texts-outside': {
    files: { 'course.yaml': 'title: T\nlanguages: [en, ru]\nsourceTexts: [texts, ../../../etc, /usr/share]\n' },
    expected: [
      'course.yaml:3:22 warning the sourceTexts folder "../../../etc" is outside the course: sources may name any text file in it',
      'course.yaml:3:36 warning the sourceTexts folder "/usr/share" is outside the course: sources may name any text file in it',
    ],
  },
  'empty-timeline': { files: { '01-demo.en.md': OUTLINE('{{timeline tag="nothing"}}') }, expected: ['01-demo.en.md:7:1 warning no dated fact matches tag="nothing"'] },
};

async function problems(files: Record<string, string>, severities = ['error', 'warning']) {
  const root = miniCourseWith(files);
  const { diagnostics } = await check({ course: root });
  return diagnostics
    .sorted()
    .filter((d) => severities.includes(d.severity))
    .map((d) => `${relative(root, d.file)}:${d.start.line}:${d.start.column} ${d.severity} ${d.message}`);
}

describe('diagnostic rules', () => {
  it('the mini course triggers no error or warning, and only these infos', async () => {
    expect(await problems({})).toEqual([]);
    const infos = await problems({}, ['info']);
    expect(infos.map((i) => i.replace(/^\S+ info /, ''))).toEqual([
      'date "1936" typed by hand on a slide',
      'date "1936" typed by hand on a slide',
      'quote from "almanac" is unverified: the source has no text file',
      '"first-trial" is disputed by "almanac"',
      'quote from "almanac" is unverified: the source has no text file',
      'fact "show-trial" is not used by any lecture',
      'quote from "almanac" is unverified: the source has no text file',
    ]);
  });

  it.each(Object.entries(RULES))('%s', async (_rule, { files, expected }) => {
    const found = await problems(files);
    expect(found.length, found.join('\n')).toBe(expected.length);
    found.forEach((line, i) => expect(line.startsWith(expected[i]!), `${line}\nexpected to start with\n${expected[i]}`).toBe(true));
  });
});

describe('problems found while building', () => {
  it('an unknown theme is an error at course.yaml', async () => {
    const { build } = await import('../../src/build.js');
    const { ContentError } = await import('../../src/diagnostics/diagnostic.js');
    const root = miniCourseWith({ 'course.yaml': 'title: T\nlanguages: [en, ru]\ntheme: nosuch\nsourceTexts: [texts]\n' });
    const error = await build({ course: root, out: `${root}-out` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const messages = (error as InstanceType<typeof ContentError>).diagnostics.list.map((d) => `${relative(root, d.file)}:${d.start.line} ${d.message}`);
    expect(messages).toEqual(['course.yaml:1 theme "nosuch" not found']);
  });

  it('an unclosed $$ is reported and swallows nothing', async () => {
    const found = await problems({ '01-demo.en.md': OUTLINE('$$\nx^2\n\n## Next\n\nText') });
    expect(found).toEqual(['01-demo.en.md:7:1 error "$$" is never closed']);
  });

  it('a broken course.yaml stops the run with its own errors only', async () => {
    const root = miniCourseWith({ 'course.yaml': 'title: T\nlanguages: [en, ru]\nauthour: X\n' });
    const { diagnostics, lectures } = await check({ course: root });
    expect(diagnostics.list.map((d) => d.message)).toEqual(['unknown key "authour" in course.yaml — did you mean "author"?']);
    expect(lectures).toBe(0);
  });
});
