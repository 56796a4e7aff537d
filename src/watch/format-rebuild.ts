import { relative } from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format-diagnostics.js';
import type { RebuildReport } from './live-site.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A rebuild as the terminal shows it: one line saying what changed, what was
 * rebuilt, how many errors and warnings stand and how long it took; then the
 * problems, if any, which therefore do not count themselves again.
 */
export function formatRebuild(report: RebuildReport, { root, outDir }: { root: string; outDir: string }, cwd: string): { summary: string; problems?: string } {
  const time = new Date().toTimeString().slice(0, 8);
  const names = report.changes.map((c) => relative(root, c.path) || c.path);
  const changed = [
    report.restored ? `the output ${relative(cwd, outDir) || '.'} was deleted` : '',
    names.length ? `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''} changed` : '',
  ].filter(Boolean).join('; ');
  const rebuilt = [
    report.full ? 'reloaded the course' : '',
    report.recompiled.length ? `recompiled ${plural(report.recompiled.length, 'lecture')}` : '',
  ].filter(Boolean);
  const counts = problemCounts(report.diagnostics);
  const outcome = report.ok
    ? `${[...rebuilt, report.written.length ? `wrote ${plural(report.written.length, 'file')}` : 'no file changed', report.pagesFollow ? 'the course pages follow' : '', counts].filter(Boolean).join(', ')}`
    : `${[...rebuilt, counts].join(', ')}; the last good output stays`;
  const summary = `[${time}] ${changed}: ${outcome} (${Math.round(report.ms)} ms)`;
  return counts ? { summary, problems: formatDiagnostics(report.diagnostics, cwd, { counts: false }) } : { summary };
}

/** "2 errors, 1 warning": the errors and warnings that stand, those of none left out (empty when there are none). */
export function problemCounts(diagnostics: Diagnostics): string {
  const errors = diagnostics.count('error');
  const warnings = diagnostics.count('warning');
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}
