import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { renderOutlineBody } from '../helpers/render-outline.js';

/** A quotation with no speaker, cited first to a reference work that corrects it, then to the text its words come from. */
const CORRECTED_QUOTE = `- id: claim
  type: quote
  text: "The first open trial took place in August 1936"
  lang: en
  sources:
    - source: almanac
      note: "The almanac gives the exact days."
    - source: chronicle
      quote: "The first open trial took place in August 1936"
`;

describe('a quotation without a speaker', () => {
  it('is attributed to the source its words come from, not to one cited beside it', () => {
    const course = miniCourseWith({ 'facts/claim.yaml': CORRECTED_QUOTE, '01-demo.en.md': '---\ntitle: T\n---\n\n## A claim\n\n{{quote "claim"}}\n' });
    const out = join(tempDir(), 'out');
    const build = runCli(['build', course, '--out', out, '--lang', 'en']);
    expect(build.status, build.stderr).toBe(0);
    const deck = readFileSync(join(out, 'en/01-demo/index.html'), 'utf8');
    const footer = /<blockquote class="fact-quote" data-fact="claim">[\s\S]*?<footer>([\s\S]*?)<\/footer>/.exec(deck)?.[1] ?? '';
    expect(footer).toContain('A. Chronicler');
    expect(footer).not.toContain('almanac');
  });
});

/** A quotation shown in back-translation, with an editorial note on it. */
const BACK_TRANSLATED = `- id: back
  type: quote
  text: "The first open trial took place in August 1936"
  lang: en
  translations: {ru: "Первый открытый процесс состоялся в августе 1936 года"}
  translationNote: {ru: "обратный перевод с английского"}
  speaker: zinoviev
  sources:
    - source: chronicle
      quote: "The first open trial took place in August 1936"
`;

describe('a translation note', () => {
  it('stands in the attribution line of the translation, never inside the quoted words, and not beside the original', async () => {
    const root = miniCourseWith({ 'facts/back.yaml': BACK_TRANSLATED });
    const ru = (await renderOutlineBody('\n## Q\n\n{{quote "back"}}\n', { root, lang: 'ru' })).html;
    expect(/<blockquote[\s\S]*?<\/blockquote>/.exec(ru)?.[0]).toMatch(
      /<p>Первый открытый процесс состоялся в августе 1936 года<\/p>.*<footer>— <span class="speaker">Григорий Зиновьев<\/span> <span class="translation-note">\(обратный перевод с английского\)<\/span> <a class="cite"/,
    );
    const en = (await renderOutlineBody('\n## Q\n\n{{quote "back"}}\n', { root, lang: 'en' })).html;
    expect(en).not.toContain('translation-note');
  });
});
