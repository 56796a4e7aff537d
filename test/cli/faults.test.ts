import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../bench/generate-course.js';
import { CLI, tempDir } from '../helpers/paths.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';
import { spawnCli } from '../helpers/spawn-cli.js';

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

describe('an interrupted build', { timeout: 120_000 }, () => {
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

describe('what killed commands leave beside the output', { timeout: 120_000 }, () => {
  const leftovers = (dir: string) => readdirSync(dirname(dir)).filter((f) => f.startsWith(`.${dir.split('/').pop()}.`));

  it('a kill between the two final renames is recovered by the next build, which says so', () => {
    const dir = join(tempDir(), 'out');
    cpSync(out, dir, { recursive: true });
    // The state a kill between the renames leaves: the output moved aside, the new build staged beside it.
    renameSync(dir, join(dirname(dir), '.out.old-4194301'));
    mkdirSync(join(dirname(dir), '.out.staging-4194301/en'), { recursive: true });
    writeFileSync(join(dirname(dir), '.out.staging-4194301/index.html'), 'half');
    const result = spawnSync(process.execPath, [CLI, 'build', course, '--out', dir, '--quiet'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const shown = (name: string) => relative(process.cwd(), join(dirname(dir), name));
    expect(result.stderr).toBe(
      `lectern: restored ${shown('out')} from ${shown('.out.old-4194301')}: a command was killed while replacing it\n` +
        `lectern: removed ${shown('.out.staging-4194301')}: the unfinished output of a command that was killed\n`,
    );
    expect(snapshotDir(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('an old copy beside a complete output is removed, and said so', () => {
    const dir = join(tempDir(), 'out');
    cpSync(out, dir, { recursive: true });
    cpSync(out, join(dirname(dir), '.out.old-4194302'), { recursive: true });
    const result = spawnSync(process.execPath, [CLI, 'build', course, '--out', dir, '--quiet'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^lectern: removed \S*\.out\.old-4194302: a copy of an earlier output of a command that was killed\n$/);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('two commands writing one output folder', { timeout: 180_000 }, () => {
  it('two builds at once: the second waits for the first, no raw error, nothing is left beside the output', async () => {
    const dir = join(tempDir(), 'out');
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'build', course, '--out', dir, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr!.on('data', (d) => (stderr += d));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run(), run()]);
    // The second waits for the lock; on a very busy machine its wait may run out, and it says why.
    for (const { code, stderr } of results) {
      if (code !== 0) expect(stderr).toMatch(/lectern: another lectern command (is writing \S*out \(its lock is \S*\.out\.lock\)|took over \S*out while this one stalled)\n  hint: /);
      expect(stderr).not.toMatch(/ENOTEMPTY|EEXIST|\n\s+at /);
    }
    expect(results.map((r) => r.code)).toContain(0);
    expect(snapshotDir(dir)).toEqual(before);
    expect(readdirSync(dirname(dir)).filter((f) => f !== 'out')).toEqual([]);
  });

  it('a build while serve holds the folder is refused with a clear message', async () => {
    const dir = join(tempDir(), 'out');
    const serve = spawnCli(['serve', course, '--out', dir, '--port', '0']);
    try {
      await serve.waitFor(/watching .* for changes/, 60_000);
      const result = spawnSync(process.execPath, [CLI, 'build', course, '--out', dir, '--quiet'], { encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^lectern: waiting for another lectern command to finish writing \S*out\nlectern: another lectern command is writing \S*out \(its lock is \S*\.out\.lock\)\n  hint: wait for it to finish, or give this one another --out\n$/,
      );
    } finally {
      expect(await serve.stop('SIGINT')).toBe(0);
    }
    expect(readdirSync(dirname(dir)).filter((f) => f !== 'out')).toEqual([]);
  });
});
