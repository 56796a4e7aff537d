import { join, relative, sep } from 'node:path';
import { recordPdfs } from './site/pdf-ledger.js';
import { build, type BuildOptions, type BuildResult } from './build.js';
import { sourceDateEpoch } from './output/source-date-epoch.js';
import { findBrowser } from './browser/find-browser.js';
import { BrowserSession } from './pdf/browser-session.js';
import { exportPptx, type PptxOptions } from './pptx/export-pptx.js';

export interface BuildPptxOptions extends BuildOptions, PptxOptions {
  /** The Chrome or Chromium that measures the slides (default: found, see find-browser.ts). */
  browser?: string;
}

/** Records, beside the files just exported into the staged output (`stage`), what each was made from (see site/pdf-ledger.ts). */
export function recordExports(stage: string, files: string[], built: BuildResult): Promise<void> {
  return recordPdfs(files, (dir) => built.fingerprints.get(relative(stage, dir).split(sep).join('/')));
}

/** Writes each deck's slides.pptx into the staged output (`stage`) of a build; returns where they will be once it replaces the output. */
export async function pptxIntoStage(session: BrowserSession, stage: string, built: BuildResult, options: PptxOptions): Promise<string[]> {
  const files = await exportPptx(session, built.course, built.decks, stage, built.diagnostics, { date: sourceDateEpoch(), ...options });
  await recordExports(stage, files, built);
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
    const result = await build({ ...options, exporting: ['pptx'] }, {
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
