import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { ChangeKind } from './classify-change.js';

/** A file event from the watcher. */
export interface FileChange {
  path: string;
  event: 'add' | 'change' | 'unlink';
}

/** What one rebuild did. */
export interface RebuildReport {
  /** The changes that mattered, with what they are to the course (none for the first build). */
  changes: Array<{ path: string; kind: ChangeKind }>;
  /** Whether the whole course was loaded again. */
  full: boolean;
  /** Outline files compiled again, relative to the course. */
  recompiled: string[];
  /** Output paths written or removed (none when the rebuild failed). */
  written: string[];
  /** Every error the course has now, and the warnings of what was rebuilt. */
  diagnostics: Diagnostics;
  ok: boolean;
  ms: number;
  /** Counts the writes to the output: a rebuild that writes deck pages first counts them apart. */
  version: number;
  /** Whether the output folder was found deleted and written again. */
  restored: boolean;
  /** The deck pages written ahead of the course pages and reported then, under their own version (see `rebuild`). */
  decksFirst?: { written: string[]; version: number };
  /** Whether the course pages were left to the next rebuild, as more changes came meanwhile. */
  pagesFollow?: boolean;
}

export interface RebuildOptions {
  /**
   * Called when the pages of the decks edited are written, before the
   * course pages (fact index, search, homes) are made: with a report of
   * those pages alone, under a version of their own. Only when the output
   * already holds the pages and what they show; otherwise, and without this
   * option, a rebuild writes everything at once.
   */
  onDecks?(report: RebuildReport): void;
  /**
   * Asked between the course pages that follow decks written first: when
   * it says more changes came, the course pages are left to the next
   * rebuild (which makes them even if its changes are nothing to the course).
   */
  interrupted?(): boolean;
}
