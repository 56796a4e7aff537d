import { relative } from 'node:path';
import { formatDiagnostics } from '../diagnostics/format-diagnostics.js';
import type { RebuildReport } from './live-site.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A rebuild as the terminal shows it: what changed, what was rebuilt, how long it took; and the problems, if any. */
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
  const outcome = report.ok
    ? `${[...rebuilt, report.written.length ? `wrote ${plural(report.written.length, 'file')}` : 'no file changed'].join(', ')}`
    : `${[...rebuilt, plural(report.diagnostics.count('error'), 'error')].join(', ')}; the last good output stays`;
  const summary = `[${time}] ${changed}: ${outcome} (${Math.round(report.ms)} ms)`;
  const problems = report.diagnostics.count('error') + report.diagnostics.count('warning');
  return problems ? { summary, problems: formatDiagnostics(report.diagnostics, cwd) } : { summary };
}
