import { join, relative } from 'node:path';
import { build, type BuildOptions, type BuildResult } from './build.js';
import { BrowserSession } from './pdf/browser-session.js';
import { exportPdfs, type PdfOptions } from './pdf/export-pdfs.js';
import { findBrowser } from './browser/find-browser.js';

export interface BuildPdfsOptions extends BuildOptions, PdfOptions {
  /** The Chromium or Chrome to print with (default: found, see find-browser.ts). */
  browser?: string;
}

/** SOURCE_DATE_EPOCH, when set, fixes the dates written into PDFs. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const seconds = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
}

/**
 * Builds the HTML site and exports each deck's slides.pdf and handouts into
 * the staged output, with one browser for the whole run, closed whatever
 * happens; the output is replaced only once every PDF is made. Without a
 * browser nothing is built: the site would link PDFs that do not exist.
 */
export async function buildPdfs(options: BuildPdfsOptions = {}): Promise<BuildResult & { pdfs: string[] }> {
  const session = new BrowserSession(await findBrowser(options.browser));
  let pdfs: string[] = [];
  try {
    const result = await build({ ...options, pdfLinks: true }, {
      async beforeCommit(stage, built) {
        const files = await exportPdfs(session, built.course, built.decks, stage, built.diagnostics, { date: sourceDateEpoch(), ...options });
        pdfs = files.map((file) => join(built.outDir, relative(stage, file)));
        // The browser is done: close it before the output is replaced.
        await session.close();
      },
    });
    return { ...result, pdfs };
  } finally {
    await session.close();
  }
}
