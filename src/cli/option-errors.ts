import type { Command } from 'commander';
import { stylesFor } from './terminal.js';

/** The full name of a command, as typed: "lectern build". */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * An option or argument error prints one line and where to read more
 * (`lectern build --help`), not the whole help: for every command of the
 * program, subcommands included.
 */
export function oneLineErrors(command: Command): void {
  command.showHelpAfterError(false).configureOutput({
    outputError: (text, write) => {
      const message = text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
      write(`${stylesFor().red('lectern:')} ${message}\n  hint: see ${commandPath(command)} --help\n`);
    },
  });
  for (const sub of command.commands) oneLineErrors(sub);
}
