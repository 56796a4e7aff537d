import { relative } from 'node:path';
import type { Diagnostic, Diagnostics, Severity } from './diagnostic.js';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatDiagnostic(d: Diagnostic, root: string): string {
  const where = `${relative(root, d.file) || d.file}:${d.start.line}:${d.start.column}`;
  const lines = [`${where} ${LABEL[d.severity]} ${d.message} [${d.ruleId}]`];
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  for (const r of d.related ?? []) {
    lines.push(`  ${relative(root, r.file) || r.file}:${r.start.line}:${r.start.column} ${r.message}`);
  }
  return lines.join('\n');
}

/** Groups diagnostics by file, with a closing count; infos only when asked, else the count says how to see them. */
export function formatDiagnostics(
  diagnostics: Diagnostics,
  root: string,
  { infos = false }: { infos?: boolean } = {},
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
    out.push(formatDiagnostic(d, root));
  }
  const count = (severity: Severity) => all.filter((d) => d.severity === severity).length;
  const hiddenInfos = !infos && count('info') > 0 ? ' (lectern check --infos lists them)' : '';
  const summary = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'info') + hiddenInfos].join(', ');
  if (out.length) out.push('');
  out.push(summary);
  return out.join('\n');
}

export function diagnosticsToJson(diagnostics: Diagnostics, root: string): string {
  return JSON.stringify(
    diagnostics.sorted().map((d) => ({ ...d, file: relative(root, d.file) || d.file })),
    null,
    2,
  );
}
