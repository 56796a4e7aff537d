import cliProgress from 'cli-progress';

/** A progress bar on a terminal; nothing when output is not a TTY or when quiet. */
export function progressBar(quiet: boolean, format = 'PDF {bar} {value}/{total} {label}'): { update(done: number, total: number, label: string): void; stop(): void } {
  if (quiet || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      if (!started) bar.start(total, 0, { label: '' });
      started = true;
      bar.update(done, { label });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Runs work that reports its progress, with a bar on a terminal that is gone when the work ends. */
export async function withProgress<T>(quiet: boolean, format: string, work: (onProgress: (done: number, total: number, label: string) => void) => Promise<T>): Promise<T> {
  const bar = progressBar(quiet, format);
  try {
    return await work((done, total, label) => bar.update(done, total, label));
  } finally {
    bar.stop();
  }
}

