import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE, BUNDLED_CLI, UNBUNDLED } from '../helpers/bundled-cli.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

describe.runIf(existsSync(BUNDLE))('the bundled pdf command (after npm run compile)', () => {
  it('prints with puppeteer and pdf-lib from bundles of their own, compiled through the cache, the same bytes as unbundled', () => {
    const cacheHome = tempDir();
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' };
    const args = (out: string) => ['pdf', MINI_COURSE, '--out', out, '--lang', 'en', '--slides', '--quiet'];
    const [first, second, plain] = [1, 2, 3].map(() => join(tempDir(), 'out'));
    const bundled = (out: string) => spawnSync(process.execPath, [BUNDLED_CLI, ...args(out)], { encoding: 'utf8', env });
    const run = bundled(first!);
    expect(run.status, run.stderr).toBe(0);
    const cached = readdirSync(join(cacheHome, 'lectern/compile-cache')).map((file) => file.replace(/\.cjs-.*$/, ''));
    expect(cached.sort()).toEqual(['cantoo-pdf-lib', 'lectern', 'puppeteer-core']);
    // The second run takes the packages from the cache the first one wrote.
    expect(bundled(second!).status).toBe(0);
    const unbundled = spawnSync(process.execPath, ['--input-type=module', '-e', UNBUNDLED, ...args(plain!)], { encoding: 'utf8', env });
    expect(unbundled.status, unbundled.stderr).toBe(0);
    expect(snapshotDir(second!)).toEqual(snapshotDir(first!));
    expect(snapshotDir(plain!)).toEqual(snapshotDir(first!));
  });
});
