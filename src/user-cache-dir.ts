import { homedir } from 'node:os';
import { isAbsolute, join, win32 } from 'node:path';

/** A folder named by an environment variable, if it names one: an empty or relative value is ignored, as the XDG spec says. */
function absolute(value: string | undefined, platform: NodeJS.Platform): string | undefined {
  return value && (platform === 'win32' ? win32.isAbsolute(value) : isAbsolute(value)) ? value : undefined;
}

/** Lectern's folder in the user's cache: XDG_CACHE_HOME (else ~/.cache), ~/Library/Caches, %LOCALAPPDATA%. */
export function userCacheDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = absolute(env.HOME, platform) ?? homedir();
  if (platform === 'win32') return join(absolute(env.LOCALAPPDATA, platform) ?? join(home, 'AppData', 'Local'), 'lectern');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'lectern');
  return join(absolute(env.XDG_CACHE_HOME, platform) ?? join(home, '.cache'), 'lectern');
}
