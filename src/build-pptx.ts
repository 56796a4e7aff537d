import { build, type BuildOptions, type BuildResult } from './build.js';
import { sourceDateEpoch } from './build-pdfs.js';
import { findBrowser } from './browser/find-browser.js';
import { BrowserSession } from './pdf/browser-session.js';
import { exportPptx, type PptxOptions } from './pptx/export-pptx.js';

export interface BuildPptxOptions extends BuildOptions, PptxOptions {
  /** The Chrome or Chromium that measures the slides (default: found, see find-browser.ts). */
  browser?: string;
}

/** Writes slides.pptx for each deck of a build, with one browser for the whole run, closed whatever happens. */
export async function addPptx<T extends BuildResult>(result: T, options: BuildPptxOptions = {}): Promise<T & { pptx: string[] }> {
  const session = new BrowserSession(await findBrowser(options.browser));
  try {
    const pptx = await exportPptx(session, result.course, result.decks, result.outDir, result.diagnostics, { date: sourceDateEpoch(), ...options });
    return { ...result, pptx };
  } finally {
    await session.close();
  }
}

/** Builds the HTML site, then writes each deck's slides.pptx. */
export async function buildPptx(options: BuildPptxOptions = {}): Promise<BuildResult & { pptx: string[] }> {
  return addPptx(await build(options), options);
}
