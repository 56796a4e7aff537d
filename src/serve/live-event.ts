import { relative } from 'node:path';
import type { RebuildReport } from '../watch/live-site.js';

/** What the pages are told after a rebuild, or on connecting. */
export interface LiveEvent {
  version: number;
  ok: boolean;
  /** Output paths the rebuild wrote or removed. */
  files: string[];
  /** The course's errors as `file:line:col`, message and hint. */
  errors: Array<{ where: string; message: string; hint?: string }>;
  ms: number;
}

export function liveEvent(report: RebuildReport, cwd: string): LiveEvent {
  return {
    version: report.version,
    ok: report.ok,
    files: report.written,
    errors: report.diagnostics
      .sorted()
      .filter((d) => d.severity === 'error')
      .map((d) => ({ where: `${relative(cwd, d.file) || d.file}:${d.start.line}:${d.start.column}`, message: d.message, hint: d.hint })),
    ms: Math.round(report.ms),
  };
}
