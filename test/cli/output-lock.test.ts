import { existsSync, mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { lockOutput } from '../../src/output/lock-output.js';
import { tempDir } from '../helpers/paths.js';

/** Makes a held lock look abandoned, as a command that stalled past the stale time leaves it. */
function ageLock(out: string): void {
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(out, '..', '.out.lock'), past, past);
}

describe('the output lock', () => {
  it('a command that stalled takes its lock back when nobody else took it', async () => {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    const notes: string[] = [];
    const lock = await lockOutput(out, { report: (n) => notes.push(n) });
    ageLock(out);
    await sleep(2500);
    await expect(lock.check()).resolves.toBeUndefined();
    expect(existsSync(join(out, '..', '.out.lock'))).toBe(true);
    await lock.release();
    expect(existsSync(join(out, '..', '.out.lock'))).toBe(false);
    expect(notes).toEqual([]);
  });

  it('a command whose lock another took over while it stalled stops', async () => {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    const lock = await lockOutput(out, { report: () => {} });
    ageLock(out);
    await sleep(2500);
    const other = await lockOutput(out, { report: () => {} });
    await expect(lock.check()).rejects.toThrow(/^another lectern command took over .*out while this one stalled$/);
    await other.release();
  });
});
