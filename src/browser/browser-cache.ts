import { join } from 'node:path';
import { userCacheDir } from '../user-cache-dir.js';

/**
 * The folder `lectern browser install` downloads into: the user's cache
 * (XDG_CACHE_HOME, ~/Library/Caches, %LOCALAPPDATA%), shared by every course,
 * or LECTERN_BROWSER_CACHE.
 */
export function browserCacheDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  return env.LECTERN_BROWSER_CACHE || join(userCacheDir(platform, env), 'browsers');
}
