import { join, relative } from 'node:path';
import { build, type BuildOptions, type BuildResult } from './build.js';
import { sourceDateEpoch } from './output/source-date-epoch.js';
import { findBrowser } from './browser/find-browser.js';
import { BrowserSession } from './pdf/browser-session.js';
import { exportPptx, type PptxOptions } from './pptx/export-pptx.js';

export interface BuildPptxOptions extends BuildOptions, PptxOptions {
  /** The Chrome or Chromium that measures the slides (default: found, see find-browser.ts). */
  browser?: string;
}

/** Writes each deck's slides.pptx into the staged output (`stage`) of a build; returns where they will be once it replaces the output. */
export async function pptxIntoStage(session: BrowserSession, stage: string, built: BuildResult, options: PptxOptions): Promise<string[]> {
  const files = await exportPptx(session, built.course, built.decks, stage, built.diagnostics, { date: sourceDateEpoch(), ...options });
  return files.map((file) => join(built.outDir, relative(stage, file)));
}

/**
 * Builds the HTML site and writes each deck's slides.pptx into the staged
 * output, with one browser for the whole run, closed whatever happens; the
 * output is replaced only once every file is made.
 */
export async function buildPptx(options: BuildPptxOptions = {}): Promise<BuildResult & { pptx: string[] }> {
  const session = new BrowserSession(await findBrowser(options.browser));
  let pptx: string[] = [];
  try {
    const result = await build(options, {
      async beforeCommit(stage, built) {
        pptx = await pptxIntoStage(session, stage, built, options);
        await session.close();
      },
    });
    return { ...result, pptx };
  } finally {
    await session.close();
  }
}
