/**
 * Work to undo when the process is interrupted: a browser to close, a staging
 * folder to remove. The CLI runs every registered cleanup on SIGINT or
 * SIGTERM, then exits with the signal's code.
 */
const cleanups = new Set<() => Promise<void> | void>();

/** Registers a cleanup; call the returned function once the work is done. */
export function onShutdown(cleanup: () => Promise<void> | void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

export async function runCleanups(): Promise<void> {
  const pending = [...cleanups].reverse();
  cleanups.clear();
  await Promise.allSettled(pending.map(async (cleanup) => cleanup()));
}

let stopWaiters: Array<(signal: NodeJS.Signals) => void> = [];

/**
 * For a command that runs until stopped (serve, build --watch): resolves on
 * the first SIGINT or SIGTERM, which then ends the command normally instead
 * of interrupting it.
 */
export function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => stopWaiters.push(resolve));
}

/**
 * Makes SIGINT and SIGTERM stop a command that waits for them, or else run
 * the cleanups and exit 130 or 143; a second signal does the latter.
 */
export function exitCleanlyOnSignals(): void {
  let stopping = false;
  const stop = (code: number) => (signal: NodeJS.Signals) => {
    if (stopWaiters.length) {
      const waiters = stopWaiters;
      stopWaiters = [];
      for (const resolve of waiters) resolve(signal);
      return;
    }
    if (stopping) return;
    stopping = true;
    void runCleanups().finally(() => process.exit(code));
  };
  process.on('SIGINT', stop(130));
  process.on('SIGTERM', stop(143));
}
