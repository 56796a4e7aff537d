import { CommanderError, InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../diagnostics/diagnostic.js';

import { courseCommand } from './course-command.js';
import { runCommand } from './run-command.js';


function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port)');
  return n;
}

/** `lectern serve`: build, serve the output locally, rebuild what changes and reload the open pages. */
export function registerServeCommand(cli: Command): void {
  courseCommand(cli, 'serve', 'build, serve the output on this machine, and rebuild and reload the open pages as the course changes')
    .option('--host <host>', 'the address to listen on', '127.0.0.1')
    .option('--port <port>', 'the port to listen on (0: any free port)', port, 8080)
    .option('--open', 'open the course home in the default browser')
    .action(async (course: string | undefined, opts) => {
      process.exitCode = await runCommand(async () =>
        (await import('./live-session.js')).runLiveSession({
          course,
          out: opts.out,
          langs: opts.lang,
          sourceTexts: opts.sourceTexts,
          notes: opts.notes,
          quiet: opts.quiet,
          serve: { host: opts.host, port: opts.port, open: Boolean(opts.open) },
        }),
      );
    });
}

/**
 * `lectern build --watch`: after the build, keep rebuilding what changes,
 * without a server. The session replaces the one-off build; when it ends, the
 * command ends with its exit code.
 */
export function registerBuildWatch(cli: Command): void {
  const build = cli.commands.find((c) => c.name() === 'build');
  if (!build) throw new Error('no build command to add --watch to');
  build.option('--watch', 'keep watching the course and rebuild what changes (Ctrl+C to stop)');
  build.hook('preAction', async (command) => {
    const opts = command.opts();
    if (!opts.watch) return;
    const code = await runCommand(async () => {
      if (opts.pdf) throw new UsageError('--watch rebuilds the HTML only; it does not export PDFs', 'run "lectern build --pdf" when the course is ready');
      return (await import('./live-session.js')).runLiveSession({ course: command.processedArgs[0] as string | undefined, out: opts.out, langs: opts.lang, sourceTexts: opts.sourceTexts, notes: opts.notes, quiet: opts.quiet });
    });
    throw new CommanderError(code, 'lectern.watchEnded', '');
  });
}
