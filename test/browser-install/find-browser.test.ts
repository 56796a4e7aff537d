import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserCacheDir } from '../../src/browser/browser-cache.js';
import { browserCandidates } from '../../src/browser/browser-candidates.js';
import { findBrowser } from '../../src/browser/find-browser.js';
import { UsageError } from '../../src/diagnostics/diagnostic.js';
import { tempDir } from '../helpers/paths.js';

describe('browserCandidates', () => {
  it('Windows: Chrome, Chromium and Edge under Program Files and the user\'s own AppData', () => {
    const paths = browserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' });
    expect(paths).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(paths).toContain('C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('macOS: the system and the user\'s Applications folders', () => {
    const paths = browserCandidates('darwin', { HOME: '/Users/ana' });
    expect(paths).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(paths).toContain('/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('Linux: every browser command on the PATH, in order of preference', () => {
    const paths = browserCandidates('linux', { PATH: '/usr/local/bin:/usr/bin' });
    expect(paths.indexOf('/usr/local/bin/chromium')).toBeLessThan(paths.indexOf('/usr/bin/google-chrome'));
    expect(paths).toContain('/usr/bin/microsoft-edge');
  });
});

describe('browserCacheDir', () => {
  it('follows each platform\'s cache convention', () => {
    expect(browserCacheDir('linux', { HOME: '/home/ana' })).toBe('/home/ana/.cache/lectern/browsers');
    expect(browserCacheDir('linux', { HOME: '/home/ana', XDG_CACHE_HOME: '/tmp/c' })).toBe('/tmp/c/lectern/browsers');
    expect(browserCacheDir('darwin', { HOME: '/Users/ana' })).toBe('/Users/ana/Library/Caches/lectern/browsers');
    expect(browserCacheDir('linux', { LECTERN_BROWSER_CACHE: '/opt/b' })).toBe('/opt/b');
  });
});

/** Places findBrowser looks at whatever the PATH: where one exists on this machine, it is found before the PATH's. */
const FIXED = ['/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
const onlyPathDecides = process.platform === 'linux' && !FIXED.some((p) => existsSync(p));

describe.runIf(onlyPathDecides)('findBrowser', () => {
  it('finds a browser on the PATH', async () => {
    const bin = tempDir();
    const chrome = join(bin, 'google-chrome');
    writeFileSync(chrome, '#!/bin/sh\n');
    chmodSync(chrome, 0o755);
    expect(await findBrowser(undefined, { PATH: bin, HOME: tempDir() })).toBe(chrome);
  });

  it('with none anywhere, says how to get one, with a code programs can test', async () => {
    const error = await findBrowser(undefined, { PATH: tempDir(), HOME: tempDir() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('LECTERN_NO_BROWSER');
    expect((error as UsageError).hint).toContain('lectern browser install');
  });

  it('an explicit path or PUPPETEER_EXECUTABLE_PATH that does not exist is an error, not a fallback', async () => {
    await expect(findBrowser('/nowhere/chrome')).rejects.toThrow('no browser at /nowhere/chrome');
    await expect(findBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' })).rejects.toThrow('points at /nowhere/chrome');
  });

  it('takes a browser that `lectern browser install` put in the cache', async () => {
    const cache = tempDir();
    const folder = join(cache, 'chrome-headless-shell', 'linux-131.0.6778.204', 'chrome-headless-shell-linux64');
    mkdirSync(folder, { recursive: true });
    const shell = join(folder, 'chrome-headless-shell');
    writeFileSync(shell, '#!/bin/sh\n');
    chmodSync(shell, 0o755);
    writeFileSync(join(cache, 'chrome-headless-shell', '.metadata'), JSON.stringify({ aliases: {} }));
    expect(await findBrowser(undefined, { PATH: tempDir(), HOME: tempDir(), LECTERN_BROWSER_CACHE: cache })).toBe(shell);
  });
});
