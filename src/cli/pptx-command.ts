import type { Command } from 'commander';
import { Timings } from '../timings.js';
import { courseCommand, formatOption } from './course-command.js';
import { reportResult } from './report-result.js';
import { runCommand } from './run-command.js';

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
          const { buildPptx } = await import('../build-pptx.js');
          const result = await buildPptx({ course, out: opts.out, langs: opts.lang, sourceTexts: opts.sourceTexts, timings, browser: opts.browser });
          reportResult(result, { command: 'pptx', format: opts.format, quiet: opts.quiet || opts.format === 'json', start, timings });
        },
        { json: opts.format === 'json' },
      );
    });
}
