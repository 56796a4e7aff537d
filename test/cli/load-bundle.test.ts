import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBundle, compileCacheDir, loadBundle, runBundle, saveCache } from '../../src/cli/load-bundle.js';
import { asciiOnly } from '../../scripts/ascii-only.mjs';
import { MINI_COURSE, REPO, tempDir } from '../helpers/paths.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';
import { BUNDLE, BUNDLED_CLI, UNBUNDLED } from '../helpers/bundled-cli.js';

/** A bundle as esbuild writes one: CommonJS, with functions the first run compiles. */
function writeBundle(dir: string, text = 'module.exports = { where: __filename, dir: __dirname, answer: () => [1, 2, 3].map((n) => n * 2).join(" "), sibling: require("./sibling.cjs") };\n'): string {
  writeFileSync(join(dir, 'sibling.cjs'), 'module.exports = "beside";\n');
  const file = join(dir, 'program.cjs');
  writeFileSync(file, text);
  return file;
}

/** A first run of a bundle, with its cache saved: what the next run finds. */
function runOnceAndSave(file: string, cache: string): void {
  const first = compileBundle(file, cache);
  runBundle(first);
  saveCache(first);
}

/** The one cache file of a folder. */
function cacheFileIn(dir: string): string {
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  return join(dir, files[0]);
}

describe('loadBundle', () => {
  it('runs a bundle as Node runs a CommonJS module: its exports, file, folder and require', () => {
    const dir = tempDir();
    const file = writeBundle(dir);
    const program = loadBundle(file, undefined) as { where: string; dir: string; answer: () => string; sibling: string };
    expect(program.answer()).toBe('2 4 6');
    expect([program.where, program.dir, program.sibling]).toEqual([file, dir, 'beside']);
  });

  it('compiles from the cache the run before saved', () => {
    const dir = tempDir();
    const cache = join(tempDir(), 'compile-cache');
    const file = writeBundle(dir);
    expect(compileBundle(file, cache).cacheUsed).toBe(false);
    runOnceAndSave(file, cache);
    const second = compileBundle(file, cache);
    expect(second.cacheUsed).toBe(true);
    expect((runBundle(second) as { answer: () => string }).answer()).toBe('2 4 6');
  });

  it('writes the cache when the process exits, and the next process uses it', () => {
    const dir = tempDir();
    const cache = join(tempDir(), 'compile-cache');
    const file = writeBundle(dir);
    const loader = join(REPO, 'dist/cli/load-bundle.js');
    const script = `import { compileBundle, loadBundle } from ${JSON.stringify(loader)}; console.log(compileBundle(process.argv[1], process.argv[2]).cacheUsed, loadBundle(process.argv[1], process.argv[2]).answer());`;
    const run = () => spawnSync(process.execPath, ['--input-type=module', '-e', script, file, cache], { encoding: 'utf8' });
    const first = run();
    expect(first.stdout.trim(), first.stderr).toBe('false 2 4 6');
    expect(readdirSync(cache)).toHaveLength(1);
    expect(run().stdout.trim()).toBe('true 2 4 6');
  });

  it('never hands V8 a damaged or torn cache: it compiles from source and writes the cache again', () => {
    const dir = tempDir();
    const cache = join(tempDir(), 'compile-cache');
    const file = writeBundle(dir);
    runOnceAndSave(file, cache);
    const cacheFile = cacheFileIn(cache);
    const good = readFileSync(cacheFile);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 10] ^= 0xff;
    for (const bad of [damaged, good.subarray(0, good.length >> 1), good.subarray(0, 3), Buffer.alloc(0)]) {
      writeFileSync(cacheFile, bad);
      const again = compileBundle(file, cache);
      expect(again.cacheUsed).toBe(false);
      expect((runBundle(again) as { answer: () => string }).answer()).toBe('2 4 6');
      saveCache(again);
      expect(compileBundle(file, cache).cacheUsed).toBe(true);
    }
  });

  it('a changed bundle does not take the old cache, and its cache replaces the old one', () => {
    const dir = tempDir();
    const cache = join(tempDir(), 'compile-cache');
    const file = writeBundle(dir);
    runOnceAndSave(file, cache);
    writeFileSync(join(cache, 'unrelated'), 'kept');
    writeBundle(dir, 'module.exports = { answer: () => "changed" };\n');
    const changed = compileBundle(file, cache);
    expect(changed.cacheUsed).toBe(false);
    expect((runBundle(changed) as { answer: () => string }).answer()).toBe('changed');
    saveCache(changed);
    expect(readdirSync(cache).sort()).toEqual([changed.cacheFile!.split('/').pop(), 'unrelated'].sort());
  });

  it('two installations keep a cache each; one nobody wrote for a month goes', () => {
    const cache = join(tempDir(), 'compile-cache');
    const [global, local] = [writeBundle(tempDir()), writeBundle(tempDir(), 'module.exports = { answer: () => "local" };\n')];
    runOnceAndSave(global, cache);
    writeFileSync(join(cache, 'forgotten'), '');
    const monthAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    utimesSync(join(cache, 'forgotten'), monthAgo, monthAgo);
    runOnceAndSave(local, cache);
    expect(readdirSync(cache)).toHaveLength(2);
    expect([compileBundle(global, cache).cacheUsed, compileBundle(local, cache).cacheUsed]).toEqual([true, true]);
  });

  it('a cache folder that cannot be written is no error', () => {
    const dir = tempDir();
    const blocked = join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    const file = writeBundle(dir);
    const compiled = compileBundle(file, join(blocked, 'compile-cache'));
    runBundle(compiled);
    expect(() => saveCache(compiled)).not.toThrow();
    expect(compiled.cacheUsed).toBe(false);
  });

  it('leaves the cache to Node where Node keeps one (module.enableCompileCache)', () => {
    const dir = tempDir();
    const file = writeBundle(dir);
    const enabled: string[] = [];
    const program = loadBundle(file, '/cache/here', (cacheDir) => enabled.push(cacheDir)) as { answer: () => string };
    expect(enabled).toEqual(['/cache/here']);
    expect(program.answer()).toBe('2 4 6');
  });
});

describe('compileCacheDir', () => {
  it('is in the user cache, unless NODE_DISABLE_COMPILE_CACHE turns the cache off', () => {
    expect(compileCacheDir('linux', { HOME: '/home/ana' })).toBe('/home/ana/.cache/lectern/compile-cache');
    expect(compileCacheDir('linux', { HOME: '/home/ana', XDG_CACHE_HOME: '/tmp/c' })).toBe('/tmp/c/lectern/compile-cache');
    expect(compileCacheDir('darwin', { HOME: '/Users/ana' })).toBe('/Users/ana/Library/Caches/lectern/compile-cache');
    expect(compileCacheDir('linux', { HOME: '/home/ana', NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
  });

  it('ignores an empty or relative XDG_CACHE_HOME, as the XDG spec says: the cache never lands in the current folder', () => {
    expect(compileCacheDir('linux', { HOME: '/home/ana', XDG_CACHE_HOME: '' })).toBe('/home/ana/.cache/lectern/compile-cache');
    expect(compileCacheDir('linux', { HOME: '/home/ana', XDG_CACHE_HOME: 'relcache' })).toBe('/home/ana/.cache/lectern/compile-cache');
    expect(compileCacheDir('win32', { HOME: 'C:\\Users\\ana', LOCALAPPDATA: '' })).toMatch(/^C:\\Users\\ana.AppData.Local.lectern.compile-cache$/);
  });
});

describe('saveCache', () => {
  it('gives up, instead of retrying for ever, where the cache folder cannot be made (under /proc)', () => {
    const file = join(tempDir(), 'bundle.cjs');
    writeFileSync(file, 'module.exports = { answer: () => 42 };');
    const bundle = compileBundle(file, '/proc/no-such-process/lectern');
    expect(() => saveCache(bundle)).not.toThrow();
    expect(existsSync('/proc/no-such-process')).toBe(false);
  });
});

describe('asciiOnly', () => {
  it('escapes what esbuild leaves in regular expressions, which match as before', () => {
    const cases = ['/[–—]/', '/\\–/', '/\\\\–/', '/😀+/u', '/[«»]/g', '/(гг?\\.)/'];
    const samples = ['–', '—', '\\–', '😀😀', '«', 'гг.', 'x'];
    for (const literal of cases) {
      const escaped = asciiOnly(literal);
      expect(escaped).toMatch(/^[\0-\x7f]*$/);
      const [before, after] = [literal, escaped].map((code) => new Function(`return ${code}`)() as RegExp);
      expect(samples.map((s) => after.test(s)), literal).toEqual(samples.map((s) => before.test(s)));
    }
  });
});

describe.runIf(existsSync(BUNDLE))('the bundled command line (after npm run compile)', () => {
  it('is ASCII, keeps its compiled code in the user cache, and builds what the unbundled program builds', () => {
    expect(readFileSync(BUNDLE).every((byte) => byte < 0x80)).toBe(true);
    const cacheHome = tempDir();
    const outs = [1, 2, 3].map(() => join(tempDir(), 'out'));
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome, NO_COLOR: '1' };
    const args = (out: string) => ['build', MINI_COURSE, '--out', out, '--quiet'];
    const bundled = (out: string) => spawnSync(process.execPath, [BUNDLED_CLI, ...args(out)], { encoding: 'utf8', env });
    const first = bundled(outs[0]);
    expect(first.status, first.stderr).toBe(0);
    const cached = readdirSync(join(cacheHome, 'lectern/compile-cache'));
    expect(cached).toHaveLength(1);
    expect(cached[0]).toMatch(/^lectern\.cjs-[0-9a-f]+-[0-9a-f]+-\d+-v\d+\.\d+\.\d+-\w+$/);
    const second = bundled(outs[1]);
    const unbundled = spawnSync(process.execPath, ['--input-type=module', '-e', UNBUNDLED, ...args(outs[2])], { encoding: 'utf8', env });
    for (const run of [second, unbundled]) expect([run.status, run.stderr]).toEqual([first.status, first.stderr]);
    expect(snapshotDir(outs[1])).toEqual(snapshotDir(outs[0]));
    expect(snapshotDir(outs[2])).toEqual(snapshotDir(outs[0]));
  });
});
