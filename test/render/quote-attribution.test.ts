import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

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
