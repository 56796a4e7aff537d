import { presentDiagnostics } from './present-diagnostics.js';

/** A problem found in a course: where it is, what is wrong, what to do about it. */

export type Severity = 'error' | 'warning' | 'info';

/** A place in a file; line and column are 1-based. */
export interface Position {
  line: number;
  column: number;
}

export interface RelatedPlace {
  file: string;
  start: Position;
  message: string;
}

/** What a course may lack because a file did not load: its facts, or its sources. */
export type Content = 'facts' | 'sources';

export interface Diagnostic {
  file: string;
  start: Position;
  end?: Position;
  severity: Severity;
  ruleId: string;
  message: string;
  hint?: string;
  related?: RelatedPlace[];
  /** Set on the problem that kept a whole file from loading: the content the course lacks because of it. */
  unloaded?: Content;
  /** The content this problem may only be a consequence of: folded into one line when a file of it did not load. */
  needs?: Content;
}

/** Collects diagnostics so that one run reports every problem, each once. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  /** Adds a diagnostic, unless the same one was already added (a helper inside a loop reports once, not per turn). */
  add(diagnostic: Diagnostic): void {
    const { file, start, severity, ruleId, message } = diagnostic;
    const key = `${file}\0${start.line}\0${start.column}\0${severity}\0${ruleId}\0${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(diagnostic);
  }

  error(file: string, start: Position, ruleId: string, message: string, extra: Partial<Diagnostic> = {}): void {
    this.add({ file, start, severity: 'error', ruleId, message, ...extra });
  }

  warning(file: string, start: Position, ruleId: string, message: string, extra: Partial<Diagnostic> = {}): void {
    this.add({ file, start, severity: 'warning', ruleId, message, ...extra });
  }

  info(file: string, start: Position, ruleId: string, message: string, extra: Partial<Diagnostic> = {}): void {
    this.add({ file, start, severity: 'info', ruleId, message, ...extra });
  }

  /** Marks the diagnostics added since `from` (the list's length before a step) as having kept their file from loading. */
  markUnloaded(from: number, content: Content): void {
    for (const d of this.list.slice(from)) d.unloaded = content;
  }

  /** How many problems of a severity are reported (consequences of a file that did not load count as one). */
  count(severity: Severity): number {
    return this.sorted().filter((d) => d.severity === severity).length;
  }

  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }

  /** Diagnostics as a reader takes them: causes first, their consequences folded, then by file and position. */
  sorted(): Diagnostic[] {
    return presentDiagnostics(this.list);
  }
}

/** The course has content errors: exit code 1. Carries every diagnostic of the run. */
export class ContentError extends Error {
  readonly code = 'LECTERN_CONTENT';

  constructor(readonly diagnostics: Diagnostics) {
    super(`${diagnostics.count('error')} error(s) in the course`);
    this.name = 'ContentError';
  }
}

/**
 * A problem with how Lectern was called or with its environment: exit code 2.
 * `code` tells the kinds apart for programs (LECTERN_NO_BROWSER, …);
 * LECTERN_USAGE is any other.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly code: string = 'LECTERN_USAGE',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
