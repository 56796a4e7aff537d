import type { Command } from 'commander';
import type { BuildPptxOptions } from '../build-pptx.js';
import { courseCommand, formatOption } from './course-command.js';
import { runWriting } from './report-result.js';

/** Builds the course and writes its PowerPoint files, with a progress bar on a terminal. */
export async function buildPptxWithProgress(options: BuildPptxOptions, quiet: boolean) {
  const [{ buildPptx }, { withProgress }] = await Promise.all([import('../build-pptx.js'), import('./progress.js')]);
  return withProgress(quiet, 'PowerPoint {bar} {value}/{total} {label}', (onProgress) => buildPptx({ ...options, onProgress }));
}

/** `lectern pptx`: build the course and write each deck's slides.pptx. */
export function registerPptxCommand(cli: Command): void {
  courseCommand(cli, 'pptx', 'build the course and write each deck as slides.pptx: PowerPoint with titles, text, lists, tables and notes kept editable')
    .option('--browser <path>', 'the Chromium or Chrome that lays the slides out (default: PUPPETEER_EXECUTABLE_PATH, the system\'s, one from "lectern browser install")')
    .addOption(formatOption())
    .action(async (course: string | undefined, opts) => {
      process.exitCode = await runWriting('pptx', opts, (timings, quiet) =>
        buildPptxWithProgress({ course, out: opts.out, langs: opts.lang, sourceTexts: opts.sourceTexts, timings, browser: opts.browser }, quiet),
      );
    });
}
