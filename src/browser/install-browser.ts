import { UsageError } from '../diagnostics/diagnostic.js';
import { browserCacheDir } from './browser-cache.js';

export interface InstallBrowserOptions {
  /** Where to install (default: the user's cache, see browserCacheDir). */
  cacheDir?: string;
  /** Called as the download proceeds, in bytes. */
  onProgress?: (downloaded: number, total: number) => void;
}

/**
 * Downloads the current stable Chrome headless shell, the smallest build that
 * prints PDFs, into Lectern's browser cache, and returns its executable.
 * An installed build is reused, not downloaded again.
 */
export async function installBrowser(options: InstallBrowserOptions = {}): Promise<string> {
  const { Browser, detectBrowserPlatform, install, resolveBuildId } = await import('@puppeteer/browsers');
  const platform = detectBrowserPlatform();
  if (!platform) throw new UsageError(`no Chrome build exists for this platform (${process.platform} ${process.arch})`, 'install Chromium with the system\'s package manager and pass --browser');
  const cacheDir = options.cacheDir ?? browserCacheDir();
  try {
    const buildId = await resolveBuildId(Browser.CHROMEHEADLESSSHELL, platform, 'stable');
    const installed = await install({
      browser: Browser.CHROMEHEADLESSSHELL,
      buildId,
      cacheDir,
      platform,
      downloadProgressCallback: options.onProgress,
    });
    return installed.executablePath;
  } catch (error) {
    throw new UsageError(
      `the browser download failed: ${String((error as Error).message).split('\n')[0]}`,
      'check the network connection (a proxy is taken from HTTPS_PROXY), or install Chrome or Chromium yourself and pass --browser',
    );
  }
}
