import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.js';
import { onShutdown } from '../shutdown.js';

/**
 * Writes a build into a staging folder beside the output folder, then swaps
 * it into place, so that a failed build leaves the previous output as it was.
 * Files of the previous output that this build does not make (PDFs exported
 * earlier) are carried over unless `keep` says otherwise.
 */
export class StagedOutput {
  readonly stage: string;
  private readonly dirs = new Set<string>();
  private unregister?: () => void;

  constructor(readonly outDir: string) {
    this.stage = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
  }

  async open(): Promise<void> {
    this.unregister = onShutdown(() => this.abort());
    await rm(this.stage, { recursive: true, force: true });
    await mkdir(this.stage, { recursive: true });
  }

  private async ensureDir(file: string): Promise<void> {
    const dir = dirname(file);
    if (this.dirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.dirs.add(dir);
  }

  async write(path: string, content: string | Uint8Array): Promise<void> {
    const file = join(this.stage, path);
    await this.ensureDir(file);
    await writeFile(file, content);
  }

  async copy(path: string, from: string): Promise<void> {
    const file = join(this.stage, path);
    await this.ensureDir(file);
    await copyFile(from, file);
  }

  /** Carries over files of the previous output for which `keep` is true (and that this build did not write). */
  async carryOver(paths: string[]): Promise<void> {
    for (const path of paths) {
      const from = join(this.outDir, path);
      const to = join(this.stage, path);
      if (existsSync(from) && !existsSync(to)) {
        await this.ensureDir(to);
        await cp(from, to);
      }
    }
  }

  /** Puts the staged output in place of the old one. */
  async commit(): Promise<void> {
    const old = join(dirname(this.outDir), `.${basename(this.outDir)}.old-${process.pid}`);
    try {
      await rm(old, { recursive: true, force: true });
      if (existsSync(this.outDir)) await rename(this.outDir, old);
      await rename(this.stage, this.outDir);
    } catch (error) {
      if (!existsSync(this.outDir) && existsSync(old)) await rename(old, this.outDir);
      throw new UsageError(`could not write ${this.outDir}: ${(error as Error).message}`, 'check that the folder is writable and the disk is not full');
    }
    await rm(old, { recursive: true, force: true });
    this.unregister?.();
  }

  async abort(): Promise<void> {
    this.unregister?.();
    await rm(this.stage, { recursive: true, force: true });
  }
}
