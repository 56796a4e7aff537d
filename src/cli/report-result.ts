import { relative } from 'node:path';
import type { BuildResult } from '../build.js';
import { diagnosticsToData, formatDiagnostics } from '../diagnostics/format-diagnostics.js';
import { Timings } from '../timings.js';
import { runCommand } from './run-command.js';
import { stylesFor } from './terminal.js';

export interface ReportOptions {
  command: string;
  format: 'text' | 'json';
  quiet: boolean;
  start: number;
  timings: Timings;
}

/**
 * What a build or PDF export made. As text: its warnings on stderr and one
 * line on stdout (unless quiet). As JSON: one document on stdout with the
 * decks and PDFs written, the timings and every diagnostic.
 */
export function reportResult(result: BuildResult & { pdfs?: string[]; pptx?: string[] }, options: ReportOptions): void {
  const cwd = process.cwd();
  const seconds = (performance.now() - options.start) / 1000;
  if (options.format === 'json') {
    const document = {
      command: options.command,
      ok: true,
      outDir: relative(cwd, result.outDir) || '.',
      decks: result.decks.map((d) => ({ lang: d.lang, lecture: d.lectureId, title: d.title, file: relative(cwd, `${result.outDir}/${d.lang}/${d.lectureId}/index.html`) })),
      pdfs: (result.pdfs ?? []).map((p) => relative(cwd, p)),
      pptx: (result.pptx ?? []).map((p) => relative(cwd, p)),
      seconds: Math.round(seconds * 100) / 100,
      timings: options.timings.toJSON(),
      diagnostics: diagnosticsToData(result.diagnostics, cwd),
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  if (result.diagnostics.count('warning')) process.stderr.write(`${formatDiagnostics(result.diagnostics, cwd, { styles: stylesFor() })}\n`);
  if (options.quiet) return;
  const exports = [result.pdfs && `${result.pdfs.length} PDF(s)`, result.pptx && `${result.pptx.length} PowerPoint file(s)`].filter(Boolean);
  const made = exports.length ? ` and ${exports.join(' and ')}` : '';
  process.stdout.write(`built ${result.decks.length} deck(s)${made} into ${relative(cwd, result.outDir) || '.'} in ${seconds.toFixed(2)} s\n`);
}

type Written = BuildResult & { pdfs?: string[]; pptx?: string[] };

/**
 * Runs a command that writes output (build, pdf, pptx): timed, quiet when it
 * writes JSON, its result reported by reportResult. Returns the exit code.
 */
export function runWriting(
  command: string,
  opts: { quiet?: boolean; format: 'text' | 'json'; timings?: boolean },
  work: (timings: Timings, quiet: boolean) => Promise<Written>,
): Promise<number> {
  return runCommand(
    async () => {
      const start = performance.now();
      const timings = new Timings();
      const quiet = Boolean(opts.quiet) || opts.format === 'json';
      reportResult(await work(timings, quiet), { command, format: opts.format, quiet, start, timings });
      if (opts.timings && opts.format !== 'json') process.stderr.write(`timings (ms): ${JSON.stringify(timings)}\n`);
    },
    { json: opts.format === 'json' ? command : undefined },
  );
}
