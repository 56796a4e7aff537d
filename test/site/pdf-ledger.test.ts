import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { recordPdfs } from '../../src/site/pdf-ledger.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/** A course built once, with a slides.pdf recorded as printed from it (as `lectern pdf` records it). */
async function builtWithPdf() {
  const course = miniCourseWith();
  const out = join(tempDir(), 'out');
  const first = await build({ course, out });
  const pdf = join(out, 'en/01-demo/slides.pdf');
  writeFileSync(pdf, '%PDF-1.4\n');
  await recordPdfs([pdf], () => first.fingerprints.get('en/01-demo'));
  return { course, out };
}

const home = (out: string) => readFileSync(join(out, 'en/index.html'), 'utf8');

describe('PDFs in the output', () => {
  it('are linked while they match the input', async () => {
    const { course, out } = await builtWithPdf();
    const again = runCli(['build', course, '--out', out]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('stale-pdf');
    expect(home(out)).toContain('<a class="pdf" href="../en/01-demo/slides.pdf">Slides (PDF)</a>');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="en/01-demo/slides.pdf"');
    expect(readFileSync(join(out, 'en/01-demo/index.html'), 'utf8')).toContain('<li><a href="../../en/01-demo/slides.pdf">Slides (PDF)</a></li>');
  });

  it('are marked out of date after an outline edit, and the build says to run lectern pdf', async () => {
    const { course, out } = await builtWithPdf();
    const outline = join(course, '01-demo.en.md');
    writeFileSync(outline, readFileSync(outline, 'utf8').replace('Read the quote slowly.', 'Read the quote very slowly.'));
    const again = runCli(['build', course, '--out', out]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('01-demo.en.md:1:1 warning en/01-demo/slides.pdf no longer matches this lecture');
    expect(again.stderr).toContain('run "lectern pdf"');
    expect(home(out)).not.toContain('href="../en/01-demo/slides.pdf"');
    expect(home(out)).toContain('<li class="pdf-stale">Slides (PDF): <em>PDFs out of date</em></li>');
    expect(readFileSync(join(out, 'en/01-demo/index.html'), 'utf8')).not.toContain('slides.pdf');
    // The PDF itself stays, and the Russian deck, unchanged, has none.
    expect(readFileSync(join(out, 'en/01-demo/slides.pdf'), 'utf8')).toBe('%PDF-1.4\n');
  });

  it('without a record of what they were printed from, count as out of date', async () => {
    const course = miniCourseWith();
    const out = join(tempDir(), 'out');
    await build({ course, out });
    writeFileSync(join(out, 'ru/01-demo/handout.pdf'), '%PDF-1.4\n');
    const result = await build({ course, out });
    expect(result.diagnostics.list.map((d) => d.ruleId)).toContain('stale-pdf');
    expect(readFileSync(join(out, 'ru/index.html'), 'utf8')).toContain('<li class="pdf-stale">');
  });
});
