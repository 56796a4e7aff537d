import { join, relative, resolve, sep } from 'node:path';
import { build, type BuildOptions, type BuildResult } from './build.js';
import { defaultCourse } from './course/course-files.js';
import { loadConfig } from './course/load-course.js';
import { Diagnostics } from './diagnostics/diagnostic.js';
import { BrowserSession } from './pdf/browser-session.js';
import { exportPdfs, type PdfOptions } from './pdf/export-pdfs.js';
import { pdfKinds, recordPdfs } from './site/pdf-ledger.js';
import { titleImages } from './site/title-image.js';

export interface BuildPdfsOptions extends BuildOptions, PdfOptions {
  /** The Chromium or Chrome to print with (default: found, see find-browser.ts). */
  browser?: string;
}

/** SOURCE_DATE_EPOCH, when set, fixes the dates written into PDFs. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const seconds = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
}

/** With the notes kept private, the lecturer's handout, which shows them, is left out of the export. */
function withoutLecturerHandout(options: PdfOptions): PdfOptions {
  return options.variant === 'lecturer' ? { ...options, handout: false } : { ...options, variant: 'student' };
}

/**
 * Builds the HTML site, then exports each deck's slides.pdf and handouts with
 * one browser for the whole run, closed whatever happens, and records what
 * each PDF was printed from.
 */
export async function buildPdfs(options: BuildPdfsOptions = {}): Promise<BuildResult & { pdfs: string[] }> {
  const { config } = await loadConfig(resolve(options.course ?? defaultCourse()), new Diagnostics(), options);
  const notes = options.notes ?? config.publish.notes;
  const pdf = notes ? options : withoutLecturerHandout(options);
  const result = await build({ ...options, exporting: pdfKinds(pdf) });
  if (pdfKinds(pdf).length < pdfKinds(options).length) {
    result.diagnostics.warning(join(result.course.root, 'course.yaml'), { line: 1, column: 1 }, 'private-notes', "the lecturer's handout (handout.pdf) is not made: it shows the speaker notes, which publish.notes: false keeps out of the output", {
      hint: 'to print it, run "lectern pdf --notes --out DIR" into a folder you do not publish',
    });
  }
  const session = new BrowserSession(options.browser);
  try {
    const pdfs = await exportPdfs(session, result.course, result.decks, result.outDir, result.diagnostics, { date: sourceDateEpoch(), ...pdf });
    await recordPdfs(pdfs, (dir) => result.fingerprints.get(relative(result.outDir, dir).split(sep).join('/')));
    if (result.course.config.siteUrl && pdf.slides !== false) await titleImages(session, result.outDir, result.decks);
    return { ...result, pdfs };
  } finally {
    await session.close();
  }
}
