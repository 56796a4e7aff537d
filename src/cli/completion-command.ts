import { Argument, type Command } from 'commander';
import { completionScript, SHELLS, type Shell } from './completion-script.js';

/** `lectern completion bash|zsh|fish`: a completion script for the shell, from the program's own commands and options. */
export function registerCompletionCommand(cli: Command): void {
  cli
    .command('completion')
    .description('print a shell completion script (bash: add `source <(lectern completion bash)` to ~/.bashrc)')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action((shell: Shell) => {
      process.stdout.write(completionScript(cli, shell));
    });
}
