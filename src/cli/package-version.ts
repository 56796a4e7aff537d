import { readFileSync } from 'node:fs';

/** Lectern's version, as its package.json gives it. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** Answers `lectern --version` (or `-V`) before the program and its libraries load: whether it did. */
export function answerVersion(args: string[]): boolean {
  if (args.length !== 1 || (args[0] !== '--version' && args[0] !== '-V')) return false;
  process.stdout.write(`${packageVersion()}\n`);
  return true;
}
