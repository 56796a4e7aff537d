/**
 * The executable of the newest browser that `lectern browser install` put in
 * the cache, or undefined.
 */
export async function installedBrowser(cacheDir: string): Promise<string | undefined> {
  const { getInstalledBrowsers, getVersionComparator, Browser } = await import('@puppeteer/browsers');
  const shells = (await getInstalledBrowsers({ cacheDir })).filter((b) => b.browser === Browser.CHROMEHEADLESSSHELL);
  const compare = getVersionComparator(Browser.CHROMEHEADLESSSHELL);
  return shells.sort((a, b) => compare(b.buildId, a.buildId))[0]?.executablePath;
}
