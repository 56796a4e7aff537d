import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UsageError } from '../diagnostics/diagnostic.js';

/** Where Chromium or Chrome usually lives, per platform. */
const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** Puppeteer's own downloaded browser, where one was installed. */
function puppeteerDownload(): string | undefined {
  try {
    const puppeteer = createRequire(import.meta.url)('puppeteer') as { executablePath(): string };
    const path = puppeteer.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser to print with, in this order: the explicit option,
 * PUPPETEER_EXECUTABLE_PATH, the usual system paths, Puppeteer's own download.
 */
export function findBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new UsageError(`no browser at ${explicit}`, 'pass --browser with the path of a Chromium or Chrome executable');
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new UsageError(`PUPPETEER_EXECUTABLE_PATH points at ${fromEnv}, which does not exist`, 'fix or unset the variable');
  }
  const system = (SYSTEM_BROWSERS[process.platform] ?? []).find((p) => existsSync(p));
  if (system) return system;
  const own = puppeteerDownload();
  if (own) return own;
  throw new UsageError(
    'no Chromium or Chrome found to export PDFs with',
    'install one (Debian/Ubuntu: apt-get install chromium; or "npx puppeteer browsers install chrome"), set PUPPETEER_EXECUTABLE_PATH, or pass --browser',
  );
}
