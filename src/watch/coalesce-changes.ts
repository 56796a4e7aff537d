import type { FileChange } from './live-site.js';

export interface Coalescer {
  push(change: FileChange): void;
  /** Whether changes wait to be handed over. */
  waiting(): boolean;
  /** Stops taking changes and waits for the batch being handled. */
  close(): Promise<void>;
}

/**
 * Gathers file changes into batches: a batch is handed over once no change
 * came for `quietMs` (or `maxWaitMs` after its first change), and never while
 * the previous one is still being handled. A burst of saves is one rebuild:
 * the steps of one save (written in place in parts, or beside and renamed,
 * or after a backup) come within a few ms of each other, which is why the
 * quiet window can be short.
 */
export function coalesceChanges(handle: (changes: FileChange[]) => Promise<void>, { quietMs = 10, maxWaitMs = 300 } = {}): Coalescer {
  const pending = new Map<string, FileChange>();
  let timer: NodeJS.Timeout | undefined;
  let firstAt = 0;
  let running: Promise<void> | undefined;
  let closed = false;

  const schedule = () => {
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - performance.now()));
    timer = setTimeout(run, wait);
  };
  const run = () => {
    timer = undefined;
    if (running || closed || !pending.size) return;
    const batch = [...pending.values()];
    pending.clear();
    running = handle(batch).finally(() => {
      running = undefined;
      if (pending.size && !closed) {
        firstAt = performance.now();
        schedule();
      }
    });
  };

  return {
    push(change) {
      if (closed) return;
      if (!pending.size) firstAt = performance.now();
      pending.set(change.path, change);
      if (!running) schedule();
    },
    waiting: () => pending.size > 0,
    async close() {
      closed = true;
      clearTimeout(timer);
      await running;
    },
  };
}
