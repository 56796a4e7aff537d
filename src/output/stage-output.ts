import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.js';
import { noteOutputState, onShutdown, throwIfInterrupted } from '../shutdown.js';
import { besideOutput } from './lock-output.js';

/**
 * Writes a build into a staging folder beside the output folder, then swaps
 * it into place, so that a failed build leaves the previous output as it was.
 * Files of the previous output that this build does not make (PDFs exported
 * earlier) are carried over. An interruption (see shutdown.ts) stops the work
 * at its next write; the build then aborts the stage.
 */
const shownPath = (outDir: string) => relative(process.cwd(), outDir) || '.';

/** Until the new output is put in place, an interruption leaves the output folder as it was: the exit message says so. */
export function noteOutputUntouched(outDir: string): void {
  noteOutputState(`${shownPath(outDir)} is left as it was`);
}

export class StagedOutput {
  readonly stage: string;
  private readonly dirs = new Set<string>();
  /** Set once the stage is given up (on error or interruption): it is never put in place then. */
  private aborted = false;
  /** Writes in flight, which an abort waits for before it removes the stage. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(readonly outDir: string) {
    this.stage = besideOutput(outDir, 'staging');
  }

  private get shown(): string {
    return shownPath(this.outDir);
  }

  async open(): Promise<void> {
    throwIfInterrupted();
    try {
      await rm(this.stage, { recursive: true, force: true });
      // The parent may need creating; the stage itself is made without `recursive`,
      // which fails at once where a recursive mkdir can spin (under /proc, say).
      if (!existsSync(dirname(this.stage))) await mkdir(dirname(this.stage), { recursive: true });
      await mkdir(this.stage);
    } catch (error) {
      throw new UsageError(
        `cannot write the output to ${this.outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        'check that the output folder is writable and the disk is not full',
      );
    }
    this.dirs.add(this.stage);
    noteOutputUntouched(this.outDir);
  }

  private async ensureDir(file: string): Promise<void> {
    const dir = dirname(file);
    if (this.dirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.dirs.add(dir);
  }

  write(path: string, content: string | Uint8Array): Promise<void> {
    return this.track(async () => {
      const file = join(this.stage, path);
      await this.ensureDir(file);
      await writeFile(file, content);
    });
  }

  copy(path: string, from: string): Promise<void> {
    return this.track(async () => {
      const file = join(this.stage, path);
      await this.ensureDir(file);
      await copyFile(from, file);
    });
  }

  private track(work: () => Promise<void>): Promise<void> {
    if (this.aborted) return Promise.resolve();
    const done = (async () => {
      throwIfInterrupted();
      await work();
    })();
    this.pending.add(done);
    void done.catch(() => {}).finally(() => this.pending.delete(done));
    return done;
  }

  /** Carries over files of the previous output (PDFs) that this build did not write. */
  carryOver(paths: string[]): Promise<void> {
    return this.track(async () => {
      for (const path of paths) {
        const from = join(this.outDir, path);
        const to = join(this.stage, path);
        if (this.aborted) return;
        if (existsSync(from) && !existsSync(to)) {
          await this.ensureDir(to);
          await cp(from, to);
        }
      }
    });
  }

  /**
   * Puts the staged output in place of the old one: two renames. Until the
   * second is done, an interruption puts the old output back.
   */
  async commit(): Promise<void> {
    const old = besideOutput(this.outDir, 'old');
    const restore = async () => {
      if (!existsSync(this.outDir) && existsSync(old)) await rename(old, this.outDir);
      await rm(this.stage, { recursive: true, force: true });
    };
    throwIfInterrupted();
    const undo = onShutdown(restore);
    try {
      await rm(old, { recursive: true, force: true });
      if (existsSync(this.outDir)) await rename(this.outDir, old);
      await rename(this.stage, this.outDir);
    } catch (error) {
      await restore();
      throw new UsageError(`could not write ${this.outDir}: ${(error as Error).message}`, 'check that the output folder is writable and the disk is not full');
    } finally {
      undo();
    }
    noteOutputState(`${this.shown} holds the new build`);
    await rm(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    this.aborted = true;
    await Promise.allSettled(this.pending);
    await rm(this.stage, { recursive: true, force: true });
  }
}
