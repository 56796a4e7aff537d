import { existsSync } from 'node:fs';
import { UsageError } from '../diagnostics/diagnostic.js';
import { browserCacheDir } from './browser-cache.js';
import { browserCandidates } from './browser-candidates.js';
import { installedBrowser } from './installed-browser.js';

export const NO_BROWSER_HINT =
  'run "lectern browser install" to download one, install Chrome, Chromium or Edge (Debian/Ubuntu: apt-get install chromium), set PUPPETEER_EXECUTABLE_PATH, or pass --browser';

/**
 * The browser to print with, in this order: the explicit option,
 * PUPPETEER_EXECUTABLE_PATH, a Chrome, Chromium or Edge installed on the
 * machine (system-wide or for this user), then one that
 * `lectern browser install` downloaded.
 */
export async function findBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new UsageError(`no browser at ${explicit}`, 'pass --browser with the path of a Chrome, Chromium or Edge executable');
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new UsageError(`PUPPETEER_EXECUTABLE_PATH points at ${fromEnv}, which does not exist`, 'fix or unset the variable');
  }
  const found = browserCandidates(process.platform, env).find((path) => existsSync(path)) ?? (await installedBrowser(browserCacheDir(process.platform, env)));
  if (found) return found;
  throw new UsageError('no Chrome, Chromium or Edge found to export PDFs with', NO_BROWSER_HINT, 'LECTERN_NO_BROWSER');
}
