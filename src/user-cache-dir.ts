import { homedir } from 'node:os';
import { join } from 'node:path';

/** Lectern's folder in the user's cache: XDG_CACHE_HOME (else ~/.cache), ~/Library/Caches, %LOCALAPPDATA%. */
export function userCacheDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = env.HOME ?? homedir();
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'lectern');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'lectern');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'lectern');
}
