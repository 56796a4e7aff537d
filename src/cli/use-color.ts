/**
 * Whether to colour what goes to a stream, by the common conventions: never
 * with NO_COLOR or --no-color, always with FORCE_COLOR (other than 0), else
 * only on a terminal.
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): boolean {
  if (env.NO_COLOR || argv.includes('--no-color')) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
