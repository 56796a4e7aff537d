import { basename } from 'node:path';
import type { Content, Diagnostic } from './diagnostic.js';

/** Files in the collation of the default locale; one file's problems compare without loading it. */
function compareFiles(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

const WHAT: Record<Content, [one: string, many: string]> = { facts: ['reference to a fact', 'references to facts'], sources: ['citation of a source', 'citations of sources'] };

/**
 * Orders diagnostics the way a reader fixes them. A file that did not load
 * comes first, since much of the rest may follow from it; the problems that
 * need its content (unknown facts, empty timelines, unknown sources) are
 * replaced by one line saying how many could not be checked. Then by file
 * and position.
 */
export function presentDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  let shown = [...list];
  for (const content of ['facts', 'sources'] as const) {
    const causes = shown.filter((d) => d.unloaded === content);
    if (!causes.length) continue;
    const folded = shown.filter((d) => d.needs === content).length;
    shown = shown.filter((d) => d.needs !== content);
    if (folded) shown.push(summary(causes, content, folded));
  }
  const unloadedFiles = new Set(shown.filter((d) => d.unloaded).map((d) => d.file));
  const rank = (d: Diagnostic) => (unloadedFiles.has(d.file) ? 0 : 1);
  return shown.sort(
    (a, b) =>
      rank(a) - rank(b) || compareFiles(a.file, b.file) || a.start.line - b.start.line || a.start.column - b.start.column,
  );
}

/** The one line that stands for the problems a file that did not load makes impossible to check. */
function summary(causes: Diagnostic[], content: Content, count: number): Diagnostic {
  const first = [...causes].sort((a, b) => compareFiles(a.file, b.file))[0]!;
  const files = [...new Set(causes.map((d) => d.file))];
  const others = files.filter((f) => f !== first.file).map((f) => basename(f));
  const because = others.length ? `this file and ${others.join(', ')} did not load` : 'this file did not load';
  return {
    file: first.file,
    start: first.start,
    severity: 'warning',
    ruleId: 'unchecked',
    message: `${count} ${WHAT[content][count === 1 ? 0 : 1]} could not be checked because ${because}`,
    hint: 'fix the error above and run check again: what remains to fix then shows',
  };
}
