import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { findBrowser } from '../../src/browser/find-browser.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';
import { exportPdfs } from '../../src/pdf/export-pdfs.js';
import type { HandoutLayout } from '../../src/pdf/handout/lay-out-handout.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { meanBrightness } from '../helpers/pdf-layout.js';

const SLIDES = '## First\n\n- One point\n- Another point\n\n## Second\n\nA paragraph of text.\n';

let session: BrowserSession;

beforeAll(async () => {
  session = new BrowserSession(await findBrowser());
});

afterAll(async () => {
  await session?.close();
});

/** The mean brightness (0–255) of the first slide's picture in the students' handout. */
async function slideBrightness(frontMatter: string, backgrounds: 'light' | 'keep'): Promise<number> {
  const course = miniCourseWith({ '01-demo.en.md': `---\ntitle: "Dark"\n${frontMatter}---\n\n${SLIDES}` });
  const result = await build({ course, out: join(tempDir(), 'out'), langs: ['en'] });
  let layout: HandoutLayout | undefined;
  await exportPdfs(session, result.course, result.decks, result.outDir, result.diagnostics, {
    slides: false,
    variant: 'student',
    perPage: 3,
    backgrounds,
    onHandoutLayout: (_file, l) => (layout = l),
  });
  const slide = layout!.slides.find((s) => s.number === 2)!;
  const file = join(result.outDir, 'en/01-demo/handout-student.pdf');
  return meanBrightness(file, slide.page, { left: slide.left, top: slide.top, width: slide.width, height: slide.bottom - slide.top });
}

describe.each([
  ['format: revealjs: theme: moon', 'format:\n  revealjs:\n    theme: moon\n'],
  ['top-level theme: dark', 'theme: dark\n'],
])('a dark Quarto theme (%s) in the handout', (_name, frontMatter) => {
  it('prints light with backgrounds: light', async () => {
    expect(await slideBrightness(frontMatter, 'light')).toBeGreaterThan(200);
  });
  it('prints dark with backgrounds: keep', async () => {
    expect(await slideBrightness(frontMatter, 'keep')).toBeLessThan(90);
  });
});
