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
    expect(home(out)).toContain('<li class="pdf-stale">Slides (PDF): <em>out of date</em></li>');
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

describe('the course reader and the PowerPoint files in the output', () => {
  /** A course built once, with a course reader and a slides.pptx recorded as made from it (as `lectern pdf --pptx` with `reader: true` records them). */
  async function builtWithExports() {
    const course = miniCourseWith();
    const out = join(tempDir(), 'out');
    const first = await build({ course, out });
    const reader = join(out, 'en/course-reader.pdf');
    const pptx = join(out, 'en/01-demo/slides.pptx');
    writeFileSync(reader, '%PDF-1.4\n');
    writeFileSync(pptx, 'PK');
    await recordPdfs([reader], () => first.fingerprints.get('en'));
    await recordPdfs([pptx], () => first.fingerprints.get('en/01-demo'));
    return { course, out };
  }

  it('are linked from the home pages while they match the input, in each page’s language, and kept by a build', async () => {
    const { course, out } = await builtWithExports();
    const again = runCli(['build', course, '--out', out]);
    expect(again.status, again.stderr).toBe(0);
    const root = readFileSync(join(out, 'index.html'), 'utf8');
    expect(root).toContain('<a class="pdf" href="en/course-reader.pdf">Course reader (PDF)</a>');
    expect(root).toContain('<a class="pptx" href="en/01-demo/slides.pptx">Slides (PowerPoint)</a>');
    expect(root).not.toContain('ru/course-reader.pdf');
    expect(home(out)).toContain('<a class="pdf" href="../en/course-reader.pdf">Course reader (PDF)</a>');
    expect(readFileSync(join(out, 'en/01-demo/index.html'), 'utf8')).toContain('<li><a href="../../en/01-demo/slides.pptx">Slides (PowerPoint)</a></li>');
    expect(readFileSync(join(out, 'en/course-reader.pdf'), 'utf8')).toBe('%PDF-1.4\n');
  });

  it('are marked out of date once a lecture changes', async () => {
    const { course, out } = await builtWithExports();
    const outline = join(course, '01-demo.en.md');
    writeFileSync(outline, readFileSync(outline, 'utf8').replace('Read the quote slowly.', 'Read the quote very slowly.'));
    expect(runCli(['build', course, '--out', out]).status).toBe(0);
    expect(home(out)).toContain('<li class="pdf-stale">Course reader (PDF): <em>out of date</em></li>');
    expect(home(out)).toContain('<li class="pdf-stale">Slides (PowerPoint): <em>out of date</em></li>');
    expect(home(out)).not.toContain('href="../en/course-reader.pdf"');
  });

  it('are named in the language of each home page', async () => {
    const { course, out } = await builtWithExports();
    writeFileSync(join(out, 'ru/course-reader.pdf'), '%PDF-1.4\n');
    expect(runCli(['build', course, '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'ru/index.html'), 'utf8')).toContain('<li class="pdf-stale">Сборник материалов курса (PDF): <em>устаревшая версия</em></li>');
    // On the course home, whose language is English, the Russian column too.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<td lang="ru"><ul class="pdfs"><li class="pdf-stale">Сборник материалов курса (PDF): <em>устаревшая версия</em></li>');
  });
});
