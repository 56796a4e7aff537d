/**
 * How Lectern stops on SIGINT and SIGTERM. A command that runs until stopped
 * (serve, build --watch) waits for the signal and ends normally. Any other
 * command is interrupted: the signal is recorded, the registered cleanups run
 * at once (closing the browser makes its pending work fail fast), and the
 * command's own flow stops at its next checkpoint, undoing its work in its
 * `finally` blocks, and exits with 130 (SIGINT) or 143 (SIGTERM).
 */
const cleanups = new Set<() => Promise<void> | void>();
let stopWaiters: Array<(signal: NodeJS.Signals) => void> = [];
let interruptedBy: NodeJS.Signals | undefined;

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

let outputState: string | undefined;

/** Records what an interruption would leave of the output now, for the exit message ("output/ is left as it was"). */
export function noteOutputState(state: string | undefined): void {
  outputState = state;
}

export function outputStateNote(): string | undefined {
  return outputState;
}

/** The command was interrupted by a signal. */
export class InterruptedError extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
    this.name = 'InterruptedError';
  }

  get exitCode(): number {
    return EXIT_CODES[this.signal] ?? 1;
  }
}

/** A checkpoint: throws once a signal has interrupted the command. */
export function throwIfInterrupted(): void {
  if (interruptedBy) throw new InterruptedError(interruptedBy);
}

export function interruptedSignal(): NodeJS.Signals | undefined {
  return interruptedBy;
}

/** Registers a cleanup to run when a signal arrives; call the returned function once the work is done. */
export function onShutdown(cleanup: () => Promise<void> | void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

async function runCleanups(): Promise<void> {
  const pending = [...cleanups].reverse();
  cleanups.clear();
  await Promise.allSettled(pending.map(async (cleanup) => cleanup()));
}

/** A wait for the signal that ends a command running until stopped. */
export interface StopSignal {
  /** Resolves on the first SIGINT or SIGTERM after `untilStopSignal()`. */
  stopped: Promise<NodeJS.Signals>;
  /** Stops waiting: a signal then interrupts the command again, as for any other. */
  dispose(): void;
}

/**
 * For a command that runs until stopped (serve, build --watch): from now until
 * `dispose()`, the first SIGINT or SIGTERM ends the command normally.
 */
export function untilStopSignal(): StopSignal {
  let waiter!: (signal: NodeJS.Signals) => void;
  const stopped = new Promise<NodeJS.Signals>((resolve) => (waiter = resolve));
  stopWaiters.push(waiter);
  return { stopped, dispose: () => void (stopWaiters = stopWaiters.filter((w) => w !== waiter)) };
}

/** Installs the signal handling described above; another signal after an interruption exits at once. */
export function exitCleanlyOnSignals(): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopWaiters.length) {
      const waiters = stopWaiters;
      stopWaiters = [];
      for (const resolve of waiters) resolve(signal);
      return;
    }
    const code = EXIT_CODES[signal] ?? 1;
    if (interruptedBy) {
      void runCleanups().finally(() => process.exit(code));
      return;
    }
    interruptedBy = signal;
    void runCleanups();
    // Should the command not reach a checkpoint soon, end it anyway.
    setTimeout(() => void runCleanups().finally(() => process.exit(code)), 10_000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
