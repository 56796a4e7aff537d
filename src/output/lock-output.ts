import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import lockfile from 'proper-lockfile';
import { UsageError } from '../diagnostics/diagnostic.js';

/** A lock not refreshed for this long belongs to a command that was killed. */
const STALE_MS = 30_000;
/** How often a command refreshes its lock: often, so that a busy machine does not make it look stale. */
const UPDATE_MS = 1000;

export interface OutputLock {
  /**
   * Before the output is replaced: makes sure the lock is still this
   * command's. A command that stalled past the stale time (a long render on a
   * busy machine) takes its lock back if no other command took it meanwhile;
   * otherwise this throws.
   */
  check(): Promise<void>;
  release(): Promise<void>;
}

export interface LockOptions {
  /** Says what was recovered or removed (default: a line on stderr). */
  report?: (note: string) => void;
}

/** What Lectern keeps beside an output folder: its lock, and the folders of a build being put in place. */
export function besideOutput(outDir: string, what: 'lock' | 'staging' | 'old', pid = process.pid): string {
  return join(dirname(outDir), `.${basename(outDir)}.${what === 'lock' ? 'lock' : `${what}-${pid}`}`);
}

const show = (path: string) => relative(process.cwd(), path) || path;

/**
 * Locks an output folder for the length of a command (a `.NAME.lock` folder
 * beside it, refreshed while the command runs), so that two commands never
 * write it at once; a second one waits for a lock left by a killed command to
 * go stale (30 s: a long synchronous render must not look like a kill), then refuses with a clear message. Once locked, what an earlier
 * command left behind when it was killed is recovered and reported: an output
 * moved aside and not put back is restored; staging folders and old copies are
 * removed.
 */
export async function lockOutput(outDir: string, { report = (note) => process.stderr.write(`lectern: ${note}\n`) }: LockOptions = {}): Promise<OutputLock> {
  const lockfilePath = besideOutput(outDir, 'lock');
  let lost: Error | undefined;
  let release: () => Promise<void>;
  const options = { lockfilePath, realpath: false, stale: STALE_MS, update: UPDATE_MS, onCompromised: (error: Error) => void (lost = error) };
  try {
    await mkdir(dirname(outDir), { recursive: true });
    release = await lockfile.lock(outDir, options).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED') throw error;
      report(`waiting for another lectern command to finish writing ${show(outDir)}`);
      return lockfile.lock(outDir, { ...options, retries: { retries: Math.ceil((STALE_MS * 1.2) / 500), factor: 1, minTimeout: 500, maxTimeout: 500 } });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') {
      throw new UsageError(
        `another lectern command is writing ${show(outDir)} (its lock is ${show(lockfilePath)})`,
        'wait for it to finish, or give this one another --out',
      );
    }
    throw new UsageError(`cannot write the output to ${outDir}: ${code ?? (error as Error).message}`, 'check that the output folder is writable and the disk is not full');
  }
  await recoverLeftovers(outDir, report);
  return {
    async check() {
      if (!lost) return;
      try {
        release = await lockfile.lock(outDir, options);
        lost = undefined;
      } catch {
        throw new UsageError(`another lectern command took over ${show(outDir)} while this one stalled`, 'run the command again when the other one has finished');
      }
    },
    async release() {
      await release().catch(() => {});
    },
  };
}

/** Staging folders and old copies that killed commands left beside the output, oldest first. */
function leftovers(outDir: string): Array<{ path: string; kind: 'staging' | 'old' }> {
  const prefix = `.${basename(outDir)}.`;
  const found: Array<{ path: string; kind: 'staging' | 'old'; at: number }> = [];
  for (const name of existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)) : []) {
    const kind = name.startsWith(prefix) ? (/^(staging|old)-\d+$/.exec(name.slice(prefix.length))?.[1] as 'staging' | 'old' | undefined) : undefined;
    if (!kind) continue;
    const path = join(dirname(outDir), name);
    found.push({ path, kind, at: statSync(path).mtimeMs });
  }
  return found.sort((a, b) => a.at - b.at);
}

async function recoverLeftovers(outDir: string, report: (note: string) => void): Promise<void> {
  const found = leftovers(outDir);
  // Killed between the two renames that put a build in place: the previous output is aside, under .old-PID.
  const aside = found.filter((f) => f.kind === 'old').at(-1);
  if (aside && !existsSync(outDir)) {
    await rename(aside.path, outDir);
    report(`restored ${show(outDir)} from ${show(aside.path)}: a command was killed while replacing it`);
  }
  for (const { path, kind } of found) {
    if (!existsSync(path)) continue;
    await rm(path, { recursive: true, force: true });
    report(`removed ${show(path)}: ${kind === 'staging' ? 'the unfinished output' : 'a copy of an earlier output'} of a command that was killed`);
  }
}
