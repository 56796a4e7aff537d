import type { Command } from 'commander';
import type { BuildResult } from '../build.js';
import { Timings } from '../timings.js';
import { courseCommand, formatOption } from './course-command.js';
import { reportResult } from './report-result.js';
import { runCommand } from './run-command.js';

/** Writes the PowerPoint files of a build, with a progress bar on a terminal. */
export async function addPptxWithProgress<T extends BuildResult>(built: T, browser: string | undefined, quiet: boolean) {
  const [{ addPptx }, { withProgress }] = await Promise.all([import('../build-pptx.js'), import('./progress.js')]);
  return withProgress(quiet, 'PowerPoint {bar} {value}/{total} {label}', (onProgress) => addPptx(built, { browser, onProgress }));
}

/** `lectern pptx`: build the course and write each deck's slides.pptx. */
export function registerPptxCommand(cli: Command): void {
  courseCommand(cli, 'pptx', 'build the course and write each deck as slides.pptx: PowerPoint with titles, text, lists, tables and notes kept editable')
    .option('--browser <path>', 'the Chromium or Chrome that lays the slides out (default: PUPPETEER_EXECUTABLE_PATH, the system\'s, one from "lectern browser install")')
    .addOption(formatOption())
    .action(async (course: string | undefined, opts) => {
      process.exitCode = await runCommand(
        async () => {
          const start = performance.now();
          const timings = new Timings();
          const quiet = opts.quiet || opts.format === 'json';
          const { build } = await import('../build.js');
          const built = await build({ course, out: opts.out, langs: opts.lang, sourceTexts: opts.sourceTexts, timings });
          reportResult(await addPptxWithProgress(built, opts.browser, quiet), { command: 'pptx', format: opts.format, quiet, start, timings });
        },
        { json: opts.format === 'json' ? 'pptx' : undefined },
      );
    });
}
