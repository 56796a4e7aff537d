import { readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { isInside } from '../course/course-files.js';
import type { Course } from '../course/load-course.js';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { textOr } from '../facts/format-fact.js';
import type { Deck } from '../outline/compile-lecture.js';
import type { BrowserSession } from '../pdf/browser-session.js';
import { openPrintView } from '../pdf/open-print-view.js';
import { REVEAL_CONFIG } from '../render/render-deck.js';
import { extractSlides } from './extract-slides.js';
import { normalisePptx } from './normalise-pptx.js';
import type { SlideModel } from './slide-model.js';
import { writePptx } from './write-pptx.js';
import { courseAuthor } from '../course/course-author.js';

export interface PptxOptions {
  /** Milliseconds for loading and exporting one deck. */
  timeout?: number;
  /** Fixed dates inside the file, for reproducible output. */
  date?: Date;
  onProgress?: (done: number, total: number, label: string) => void;
}

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

/** An image of the output folder as pptxgenjs takes it; nothing from outside the output. */
function imageReader(outDir: string) {
  return (url: string) => {
    if (!url.startsWith('file:')) return undefined;
    const path = fileURLToPath(url.replace(/[?#].*$/, ''));
    const mime = MIME[extname(path).toLowerCase()];
    if (!mime || !isInside(outDir, path)) return undefined;
    return { data: `${mime};base64,${readFileSync(path).toString('base64')}` };
  };
}

/** Screenshots of the marked elements, and of the slides that go over as pictures. */
async function takeShots(page: Page, slides: SlideModel[]) {
  await page.setViewport({ width: REVEAL_CONFIG.width, height: REVEAL_CONFIG.height, deviceScaleFactor: 2 });
  const shots = new Map<number, Uint8Array>();
  for (const element of await page.$$('[data-pptx-shot]')) {
    const shot = Number(await element.evaluate((el) => el.getAttribute('data-pptx-shot')));
    shots.set(shot, await element.screenshot({ type: 'png' }));
  }
  const slidePictures = new Map<number, Uint8Array>();
  const pages = await page.$$('.reveal .slides .pdf-page');
  for (const slide of slides.filter((s) => s.unsupported.length)) {
    const section = await pages[slides.indexOf(slide)]?.$(':scope > section');
    if (section) slidePictures.set(slide.index, await (pages[slides.indexOf(slide)] ?? section).screenshot({ type: 'png' }));
  }
  return { shots, slidePictures };
}

/** Each deck as `slides.pptx` in its folder of the output, one page of the browser at a time. */
export async function exportPptx(session: BrowserSession, course: Course, decks: Deck[], outDir: string, diagnostics: Diagnostics, options: PptxOptions = {}): Promise<string[]> {
  const written: string[] = [];
  const timeout = options.timeout ?? 120_000;
  for (const [n, deck] of decks.entries()) {
    const dir = join(outDir, deck.lang, deck.lectureId);
    const bytes = await session.withPage(async (page) => {
      await openPrintView(page, outDir, join(dir, 'index.html'), timeout);
      const slides = await extractSlides(page);
      const frame = await page.evaluate(() => {
        const printed = document.querySelector<HTMLElement>('.reveal .slides .pdf-page');
        return printed ? { width: printed.offsetWidth, height: printed.offsetHeight } : undefined;
      });
      for (const slide of slides.filter((s) => s.unsupported.length)) {
        const line = deck.slides[slide.index]?.line ?? 1;
        diagnostics.warning(deck.file, { line, column: 1 }, 'pptx-picture', `slide ${slide.index + 1} goes to PowerPoint as a picture: it shows ${slide.unsupported.join(', ')}, which PowerPoint cannot hold as editable content`, {
          hint: 'its text is kept in the picture\'s alt text; the HTML deck and the PDFs show it as it is',
        });
      }
      const { shots, slidePictures } = await takeShots(page, slides);
      return writePptx({
        title: deck.title,
        author: deck.author ?? courseAuthor(course.config, deck.lang),
        subject: textOr(course.config.title, deck.lang, course.config.languages[0]!),
        lang: deck.lang,
        width: REVEAL_CONFIG.width,
        height: REVEAL_CONFIG.height,
        frame,
        fonts: { body: 'PT Sans', mono: 'PT Mono' },
        slides,
        shots,
        slidePictures,
        readImage: imageReader(outDir),
      });
    });
    const file = join(dir, 'slides.pptx');
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, await normalisePptx(bytes, options.date));
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    written.push(file);
    options.onProgress?.(n + 1, decks.length, `${deck.lang}/${deck.lectureId} slides.pptx`);
  }
  return written.sort();
}
