#!/usr/bin/env node
import { relative } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { build } from './build.js';
import { Timings } from './timings.js';
import { check } from './check.js';
import { diagnosticsToJson, formatDiagnostics } from './diagnostics/format-diagnostics.js';
import { EXIT, runCommand } from './cli/run-command.js';
import { scaffold } from './cli/scaffold.js';
import { registerBuildWatch, registerServeCommand } from './cli/serve-command.js';

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

function program(): Command {
  const cli = new Command('lectern')
    .description('Turn a course of Markdown outlines and sourced facts into reveal.js decks, PDF slides, handouts and a course site.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();

  cli
    .command('build')
    .description('build the HTML decks and the course site (and the PDFs with --pdf)')
    .argument('[course]', 'the course folder', 'lectures')
    .option('--out <dir>', 'the output folder (default: output/ beside the course)')
    .option('--lang <langs>', 'only these languages, comma-separated (default: all of the course)', list)
    .option('--source-texts <dirs>', 'more folders to search for sources\' text files, comma-separated', list)
    .option('--timings', 'print the time each stage took')
    .option('--quiet', 'print errors only')
    .action(async (course: string, opts) => {
      process.exitCode = await runCommand(async () => {
        const start = performance.now();
        const timings = new Timings();
        const result = await build({ course, out: opts.out, langs: opts.lang, sourceTexts: opts.sourceTexts, timings });
        const warnings = result.diagnostics.count('warning');
        if (warnings) process.stderr.write(`${formatDiagnostics(result.diagnostics, process.cwd())}\n`);
        if (!opts.quiet) {
          const seconds = ((performance.now() - start) / 1000).toFixed(2);
          process.stdout.write(`built ${result.decks.length} deck(s) into ${relative(process.cwd(), result.outDir) || '.'} in ${seconds} s\n`);
        }
        if (opts.timings) process.stderr.write(`timings (ms): ${JSON.stringify(timings)}\n`);
      });
    });

  cli
    .command('check')
    .description('check facts, references, quotes, translations and outlines; writes nothing')
    .argument('[course]', 'the course folder', 'lectures')
    .option('--source-texts <dirs>', 'more folders to search for sources\' text files, comma-separated', list)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--infos', 'also list infos (unverified quotes, unused facts, disputes)')
    .action(async (course: string, opts) => {
      process.exitCode = await runCommand(async () => {
        const result = await check({ course, sourceTexts: opts.sourceTexts });
        const { diagnostics } = result;
        if (opts.format === 'json') process.stdout.write(`${diagnosticsToJson(diagnostics, process.cwd())}\n`);
        else {
          process.stdout.write(`${formatDiagnostics(diagnostics, process.cwd(), { infos: opts.infos })}\n`);
          process.stdout.write(
            `${result.lectures} lecture(s), ${result.facts} fact(s), ${result.quotes.verified} quote(s) verified, ${result.quotes.unverified} unverified\n`,
          );
        }
        return diagnostics.hasErrors ? EXIT.content : EXIT.ok;
      });
    });

  cli
    .command('new')
    .description('scaffold a course (a folder that does not exist yet) or a lecture (inside a course: NN-name)')
    .argument('<name>', 'a new folder for a course, or a lecture name such as 03-the-thaw')
    .option('--course <dir>', 'the course a new lecture goes into', 'lectures')
    .action(async (name: string, opts) => {
      process.exitCode = await runCommand(async () => {
        for (const file of await scaffold(name, opts.course)) process.stdout.write(`created ${relative(process.cwd(), file)}\n`);
      });
    });
  registerServeCommand(cli);
  registerBuildWatch(cli);
  return cli;
}

try {
  await program().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else throw error;
}
