import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../bench/generate-course.js';
import { CLI, tempDir } from '../helpers/paths.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

let course: string;
let out: string;
let before: Record<string, string>;

beforeAll(() => {
  course = generateCourse(join(tempDir(), 'course'), { lectures: 20, slides: 40, facts: 400 });
  out = join(tempDir(), 'out');
  const result = spawnSync(process.execPath, [CLI, 'build', course, '--out', out, '--quiet'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  before = snapshotDir(out);
}, 60_000);

/** Starts a build, sends a signal after `delay` ms, and waits for the exit. */
async function interruptBuild(signal: NodeJS.Signals, delay: number): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, 'build', course, '--out', out, '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise((r) => setTimeout(r, delay));
  child.kill(signal);
  return exited;
}

describe('an interrupted build', () => {
  // From just after start-up through loading, compiling, rendering and writing: the build takes about a second.
  it.each([
    ['SIGINT', 150],
    ['SIGTERM', 250],
    ['SIGINT', 500],
    ['SIGTERM', 700],
    ['SIGINT', 900],
    ['SIGTERM', 1100],
  ] as const)('%s after %i ms leaves the previous output and no staging folder', async (signal, delay) => {
    const code = await interruptBuild(signal, delay);
    // A build that finished before the signal exits 0 (or, caught while the process tears down, by the
    // signal itself: null); its output is byte-identical to the previous one either way.
    expect([0, 130, 143, null]).toContain(code);
    expect(snapshotDir(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((f) => f.startsWith('.out.'))).toEqual([]);
  });
});

describe('an output folder that cannot be written', () => {
  it('is a clear error with exit 2', () => {
    const result = spawnSync(process.execPath, [CLI, 'build', course, '--out', '/proc/lectern-out'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^lectern: .*\/proc\/.*\n  hint: check that the output folder is writable and the disk is not full\n$/);
    expect(existsSync('/proc/lectern-out')).toBe(false);
  });
});
