import { homedir } from 'node:os';
import { join } from 'node:path';

/** The commands a Chromium-family browser goes by on a PATH. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'brave-browser'];

/** Where macOS keeps each browser inside its application bundle. */
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Brave Browser.app/Contents/MacOS/Brave Browser',
];

/** Where Windows installers put each browser, below Program Files or the user's own AppData. */
const WINDOWS_APPS = [
  'Google\\Chrome\\Application\\chrome.exe',
  'Chromium\\Application\\chrome.exe',
  'Microsoft\\Edge\\Application\\msedge.exe',
  'BraveSoftware\\Brave-Browser\\Application\\brave.exe',
];

/**
 * The places a Chrome, Chromium or Edge may be installed on this platform,
 * system-wide and per user, in order of preference. The caller keeps the
 * first that exists.
 */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => WINDOWS_APPS.map((app) => `${root}\\${app}`));
  }
  if (platform === 'darwin') {
    return ['/Applications', join(env.HOME ?? homedir(), 'Applications')].flatMap((root) => MAC_APPS.map((app) => join(root, app)));
  }
  const path = (env.PATH ?? '').split(':').filter(Boolean);
  const onPath = COMMANDS.flatMap((command) => path.map((dir) => join(dir, command)));
  return [...onPath, '/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
}
