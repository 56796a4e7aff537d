import { relative } from 'node:path';
import type { Diagnostic, Diagnostics, Severity } from './diagnostic.js';

/** How a terminal shows each part of a message; every style is the identity when colour is off. */
export interface Styles {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
}

const PLAIN: Styles = { red: String, yellow: String, blue: String, dim: String };
const LABEL_STYLE: Record<Severity, keyof Styles> = { error: 'red', warning: 'yellow', info: 'blue' };

export interface FormatOptions {
  /** List infos too (default: only counted). */
  infos?: boolean;
  /** Colours for a terminal (default: none). */
  styles?: Styles;
  /** End with the line of counts (default: yes); off where another line already gives them. */
  counts?: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatDiagnostic(d: Diagnostic, root: string, styles: Styles = PLAIN): string {
  const where = styles.dim(`${relative(root, d.file) || d.file}:${d.start.line}:${d.start.column}`);
  const label = styles[LABEL_STYLE[d.severity]](d.severity);
  const lines = [`${where} ${label} ${d.message} ${styles.dim(`[${d.ruleId}]`)}`];
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  for (const r of d.related ?? []) {
    lines.push(`  ${styles.dim(`${relative(root, r.file) || r.file}:${r.start.line}:${r.start.column}`)} ${r.message}`);
  }
  return lines.join('\n');
}

/** Groups diagnostics by file, with a closing count; infos only when asked, else the count says how to see them. */
export function formatDiagnostics(
  diagnostics: Diagnostics,
  root: string,
  { infos = false, styles = PLAIN, counts = true }: FormatOptions = {},
): string {
  const all = diagnostics.sorted();
  const shown = all.filter((d) => infos || d.severity !== 'info');
  const out: string[] = [];
  let file = '';
  for (const d of shown) {
    if (d.file !== file) {
      if (file) out.push('');
      file = d.file;
    }
    out.push(formatDiagnostic(d, root, styles));
  }
  if (!counts) return out.join('\n');
  const count = (severity: Severity) => all.filter((d) => d.severity === severity).length;
  const hiddenInfos = !infos && count('info') > 0 ? ' (lectern check --infos lists them)' : '';
  const summary = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'info') + hiddenInfos].join(', ');
  if (out.length) out.push('');
  out.push(summary);
  return out.join('\n');
}

/** Diagnostics as plain data, paths relative to root: what JSON output carries. */
export function diagnosticsToData(diagnostics: Diagnostics, root: string): Diagnostic[] {
  return diagnostics.sorted().map((d) => ({ ...d, file: relative(root, d.file) || d.file }));
}

export function diagnosticsToJson(diagnostics: Diagnostics, root: string): string {
  return JSON.stringify(diagnosticsToData(diagnostics, root), null, 2);
}
