import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder `lectern browser install` downloads into: the user's cache
 * (XDG_CACHE_HOME, ~/Library/Caches, %LOCALAPPDATA%), shared by every course,
 * or LECTERN_BROWSER_CACHE.
 */
export function browserCacheDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (env.LECTERN_BROWSER_CACHE) return env.LECTERN_BROWSER_CACHE;
  const home = env.HOME ?? homedir();
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'lectern', 'browsers');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'lectern', 'browsers');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'lectern', 'browsers');
}
