import { build, type BuildOptions, type BuildResult } from './build.js';
import { BrowserSession } from './pdf/browser-session.js';
import { exportPdfs, type PdfOptions } from './pdf/export-pdfs.js';
import { exportReaders } from './pdf/reader/export-reader.js';

export interface BuildPdfsOptions extends BuildOptions, PdfOptions {
  /** The Chromium or Chrome to print with (default: found, see find-browser.ts). */
  browser?: string;
  /** Also print the course reader of each language (default: course.yaml's `reader`). */
  reader?: boolean;
}

/** SOURCE_DATE_EPOCH, when set, fixes the dates written into PDFs. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const seconds = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
}

/**
 * Builds the HTML site, then exports each deck's slides.pdf and handouts, and
 * the course readers, with one browser for the whole run, closed whatever happens.
 */
export async function buildPdfs(options: BuildPdfsOptions = {}): Promise<BuildResult & { pdfs: string[] }> {
  const result = await build({ ...options, pdfLinks: true });
  const session = new BrowserSession(options.browser);
  try {
    const settings = { date: sourceDateEpoch(), ...options };
    const pdfs = await exportPdfs(session, result.course, result.decks, result.outDir, result.diagnostics, settings);
    if (options.reader ?? result.course.config.reader) pdfs.push(...(await exportReaders(session, result.course, result.decks, result.outDir, settings)));
    return { ...result, pdfs };
  } finally {
    await session.close();
  }
}
