import { relative } from 'node:path';
import type { RebuildReport } from '../watch/live-site.js';

/** What the pages are told after a rebuild, or on connecting. */
export interface LiveEvent {
  version: number;
  ok: boolean;
  /** Output paths the rebuild wrote or removed (but the deck pages it wrote first and announced then). */
  files: string[];
  /** The course's errors as `file:line:col`, message and hint. */
  errors: Array<{ where: string; message: string; hint?: string }>;
  ms: number;
}

export function liveEvent(report: RebuildReport, cwd: string): LiveEvent {
  return {
    version: report.version,
    ok: report.ok,
    files: report.decksFirst ? report.written.filter((f) => !report.decksFirst!.written.includes(f)) : report.written,
    errors: report.diagnostics
      .sorted()
      .filter((d) => d.severity === 'error')
      .map((d) => ({ where: `${relative(cwd, d.file) || d.file}:${d.start.line}:${d.start.column}`, message: d.message, hint: d.hint })),
    ms: Math.round(report.ms),
  };
}
