import { readFileSync } from 'node:fs';

/** Lectern's version, as its package.json gives it. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
