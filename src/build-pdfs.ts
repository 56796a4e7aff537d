import { join, relative, resolve } from 'node:path';
import { build, type BuildOptions, type BuildResult } from './build.js';
import { defaultCourse } from './course/course-files.js';
import { loadConfig } from './course/load-course.js';
import { Diagnostics, UsageError } from './diagnostics/diagnostic.js';
import { findBrowser } from './browser/find-browser.js';
import { BrowserSession } from './pdf/browser-session.js';
import { exportPdfs, pagesAtOnce, type PdfOptions } from './pdf/export-pdfs.js';
import { exportReaders } from './pdf/reader/export-reader.js';
import { pdfKinds } from './site/pdf-ledger.js';
import { titleImages } from './site/title-image.js';
import { sourceDateEpoch } from './output/source-date-epoch.js';
import { pptxIntoStage, recordExports } from './build-pptx.js';

export interface BuildPdfsOptions extends BuildOptions, PdfOptions {
  /** The Chromium or Chrome to print with (default: found, see find-browser.ts). */
  browser?: string;
  /** Also print the course reader of each language (default: course.yaml's `reader`). */
  reader?: boolean;
  /** Also write each deck's slides.pptx, with the same browser. */
  pptx?: boolean;
}


/** With the notes kept private, the lecturer's handout, which shows them, is left out of the export. */
function withoutLecturerHandout(options: PdfOptions): PdfOptions {
  return options.variant === 'lecturer' ? { ...options, handout: false } : { ...options, variant: 'student' };
}

/**
 * Builds the HTML site and exports each deck's slides.pdf and handouts, and
 * the course readers, into the staged output, with one browser for the whole
 * run, closed whatever happens, and records what each deck's PDFs were
 * printed from; the output is replaced only once every PDF is made. Without
 * a browser nothing is built: the site would link PDFs that do not exist.
 */
export async function buildPdfs(options: BuildPdfsOptions = {}): Promise<BuildResult & { pdfs: string[]; pptx?: string[] }> {
  const date = sourceDateEpoch();
  const { config } = await loadConfig(resolve(options.course ?? defaultCourse()), new Diagnostics(), options);
  const notes = options.notes ?? config.publish.notes;
  const pdf = notes ? options : withoutLecturerHandout(options);
  const session = new BrowserSession(await findBrowser(options.browser));
  void session.warmUp();
  let pdfs: string[] = [];
  let pptx: string[] | undefined;
  try {
    const readers = options.reader ?? config.reader;
    const exporting = [...pdfKinds(pdf), ...(options.pptx ? (['pptx'] as const) : [])];
    const result = await build({ ...options, exporting, exportingReaders: readers }, {
      compiled(decks) {
        void session.prepare(pagesAtOnce(decks, pdf));
      },
      async beforeCommit(stage, built) {
        const settings = { date, ...pdf };
        const files = await exportPdfs(session, built.course, built.decks, stage, built.diagnostics, settings);
        if (readers) files.push(...(await exportReaders(session, built.course, built.decks, stage, settings)));
        await recordExports(stage, files, built);
        pdfs = files.map((file) => join(built.outDir, relative(stage, file)));
        if (built.course.config.siteUrl && pdf.slides !== false) await titleImages(session, stage, built.decks);
        if (options.pptx) pptx = await pptxIntoStage(session, stage, built, { timeout: options.timeout });
        // The browser is done: close it before the output is replaced.
        await session.close();
      },
    });
    if (pdfKinds(pdf).length < pdfKinds(options).length) {
      result.diagnostics.warning(join(result.course.root, 'course.yaml'), { line: 1, column: 1 }, 'private-notes', "the lecturer's handout (handout.pdf) is not made: it shows the speaker notes, which publish.notes: false keeps out of the output", {
        hint: 'to print it, run "lectern pdf --notes --out DIR" into a folder you do not publish',
      });
    }
    return { ...result, pdfs, ...(pptx ? { pptx } : {}) };
  } finally {
    await session.close();
  }
}
