import { dirname, join, relative } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { BuildPdfsOptions } from '../build-pdfs.js';
import { registerBrowserCommand } from './browser-command.js';
import { registerCompletionCommand } from './completion-command.js';
import { registerPptxCommand } from './pptx-command.js';
import { COURSE_ARGUMENT, courseCommand, folders, formatOption } from './course-command.js';
import { oneLineErrors } from './option-errors.js';
import { packageVersion } from './package-version.js';
import { runWriting } from './report-result.js';
import { withStatus } from './status-line.js';
import { EXIT, runCommand } from './run-command.js';
import { registerBuildWatch, registerServeCommand } from './serve-command.js';
import { stylesFor } from './terminal.js';
import { diagnosticsToData, formatDiagnostics } from '../diagnostics/format-diagnostics.js';
import { exitCleanlyOnSignals } from '../shutdown.js';

// Each command loads what it needs when it runs: start-up time is part of every build.


function perPage(value: string): 1 | 3 | 6 {
  if (value === '1' || value === '3' || value === '6') return Number(value) as 1 | 3 | 6;
  throw new InvalidArgumentError('expected 1, 3 or 6');
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

/** The options `build --pdf` and `pdf` share. */
function pdfOptions(command: Command): Command {
  return command
    .option('--per-page <n>', 'handout layout: 1 (slide and notes), 3 (slides beside notes or ruled lines) or 6 (default: course.yaml)', perPage)
    .addOption(new Option('--paper <size>', 'handout paper (default: course.yaml, else A4)').choices(['A4', 'Letter']))
    .addOption(new Option('--facts <how>', 'the facts under the notes in the lecturer\'s handout: a line each, in full, or none (default: course.yaml, else compact)').choices(['compact', 'full', 'none']))
    .addOption(new Option('--backgrounds <how>', 'dark slides in handouts: printed light, or kept as in the deck (default: course.yaml, else light)').choices(['light', 'keep']))
    .option('--reader', 'also the course reader of each language, <lang>/course-reader.pdf (default: course.yaml\'s reader)')
    .addOption(new Option('--variant <which>', 'handouts: the lecturer\'s (handout.pdf), the students\' (handout-student.pdf) or both').choices(['lecturer', 'student', 'both']).default('both'))
    .option('--separate-fragments', 'slides.pdf: one page per fragment step instead of one per slide')
    .option('--browser <path>', 'the Chromium or Chrome to print with (default: PUPPETEER_EXECUTABLE_PATH, the system\'s, Puppeteer\'s own)')
    .option('--concurrency <n>', 'documents printed at once (default: the number of cores)', positive)
    .option('--timeout <seconds>', 'time allowed to load and print one document (default: 120)', positive);
}

async function exportWithProgress(options: BuildPdfsOptions, quiet: boolean) {
  const [{ buildPdfs }, { withProgress }] = await Promise.all([import('../build-pdfs.js'), import('./progress.js')]);
  return withProgress(quiet, 'PDF {bar} {value}/{total} {label}', (onProgress) => buildPdfs({ ...options, onProgress }));
}

function pdfSettings(opts: Record<string, unknown>): BuildPdfsOptions {
  return {
    perPage: opts.perPage as 1 | 3 | 6 | undefined,
    paper: opts.paper as 'A4' | 'Letter' | undefined,
    facts: opts.facts as 'compact' | 'full' | 'none' | undefined,
    backgrounds: opts.backgrounds as 'light' | 'keep' | undefined,
    reader: opts.reader ? true : undefined,
    separateFragments: Boolean(opts.separateFragments),
    variant: opts.variant as 'lecturer' | 'student' | 'both',
    browser: opts.browser as string | undefined,
    concurrency: opts.concurrency as number | undefined,
    timeout: opts.timeout ? (opts.timeout as number) * 1000 : undefined,
  };
}

function program(): Command {
  const cli = new Command('lectern')
    .description('Turn a course of Markdown outlines and sourced facts into reveal.js decks, PDF slides, handouts and a course site.')
    .version(packageVersion())
    .option('--no-color', 'no colours in messages (also: NO_COLOR; FORCE_COLOR turns them on)')
    .exitOverride();

  const buildCommand = courseCommand(cli, 'build', 'build the HTML decks and the course site (and the PDFs with --pdf)')
    .option('--pdf', 'also export slides.pdf and the handouts of every deck')
    .option('--single-file', 'also write each deck as one self-contained file, <lang>/<lecture>.html (publish.singleFile)')
    .option('--pptx', 'also write slides.pptx, an editable PowerPoint file, for every deck')
    .option('--timings', 'print the time each stage took')
    .addOption(formatOption())
    .action(async (course: string | undefined, opts) => {
      process.exitCode = await runWriting('build', opts, async (timings, quiet) => {
        const options = { course, out: opts.out, langs: opts.lang, sourceTexts: opts.sourceTexts, notes: opts.notes, singleFile: opts.singleFile || undefined, timings };
        return opts.pdf
          ? await exportWithProgress({ ...options, ...pdfSettings(opts), pptx: Boolean(opts.pptx) }, quiet)
          : opts.pptx
            ? await (await import('./pptx-command.js')).buildPptxWithProgress({ ...options, browser: opts.browser }, quiet)
            : await withStatus(quiet, 'building the course', async () => (await import('../build.js')).build(options));
      });
    });
  pdfOptions(buildCommand);

  const pdfCommand = courseCommand(cli, 'pdf', 'build the course and export each deck\'s slides.pdf, handout.pdf (with notes) and handout-student.pdf')
    .option('--slides', 'only slides.pdf')
    .option('--handout', 'only the handouts')
    .addOption(formatOption())
    .action(async (course: string | undefined, opts) => {
      process.exitCode = await runWriting('pdf', opts, async (timings, quiet) => {
        // --slides, --handout and --reader pick what to print; without any, every deck's PDFs (and the reader if course.yaml asks).
        const only = opts.slides || opts.handout || opts.reader ? { slides: Boolean(opts.slides), handout: Boolean(opts.handout), reader: Boolean(opts.reader) } : {};
        return exportWithProgress({ course, out: opts.out, langs: opts.lang, sourceTexts: opts.sourceTexts, notes: opts.notes, timings, ...pdfSettings(opts), ...only }, quiet);
      });
    });
  pdfOptions(pdfCommand);

  cli
    .command('check')
    .description('check facts, references, quotes, translations and outlines; writes nothing')
    .argument('[course]', COURSE_ARGUMENT)
    .option('--source-texts <dirs>', 'more folders to search for sources\' text files, comma-separated', folders)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--infos', 'also list infos (unverified quotes, unused facts, disputes, numbers typed by hand on slides)')
    .option('--strict', 'review as for publication: numbers and dates typed by hand on slides are warnings, and any warning fails the check')
    .action(async (course: string | undefined, opts) => {
      process.exitCode = await runCommand(async () => {
        const { check } = await import('../check.js');
        const result = await check({ course, sourceTexts: opts.sourceTexts, strict: opts.strict });
        const { diagnostics } = result;
        const failed = diagnostics.hasErrors || (opts.strict && diagnostics.count('warning') > 0);
        if (opts.format === 'json') {
          const { lectures, facts, quotes } = result;
          process.stdout.write(`${JSON.stringify({ command: 'check', ok: !failed, lectures, facts, quotes, diagnostics: diagnosticsToData(diagnostics, process.cwd()) }, null, 2)}\n`);
        } else {
          process.stdout.write(`${formatDiagnostics(diagnostics, process.cwd(), { infos: opts.infos, styles: stylesFor(process.stdout) })}\n`);
          process.stdout.write(
            `${result.lectures} lecture(s), ${result.facts} fact(s), ${result.quotes.verified} quote(s) verified, ${result.quotes.unverified} unverified\n`,
          );
        }
        return failed ? EXIT.content : EXIT.ok;
      }, { json: opts.format === 'json' ? 'check' : undefined });
    });

  cli
    .command('new')
    .description('scaffold a course (a folder that does not exist yet) or a lecture (inside a course: NN-name)')
    .argument('<name>', 'a new folder for a course, or a lecture name such as 03-the-thaw')
    .option('--course <dir>', 'the course a new lecture goes into (default: the current folder if it holds course.yaml, else lectures/)')
    .action(async (name: string, opts) => {
      process.exitCode = await runCommand(async () => {
        const { scaffold } = await import('./scaffold.js');
        const { defaultCourse } = await import('../course/course-files.js');
        const files = await scaffold(name, opts.course ?? defaultCourse());
        for (const file of files) process.stdout.write(`created ${relative(process.cwd(), file)}\n`);
        const course = files.find((file) => file.endsWith('course.yaml'));
        if (course) {
          const { defaultOutDir } = await import('../build.js');
          const folder = relative(process.cwd(), dirname(course)) || '.';
          process.stdout.write(`next: lectern build ${folder}, then open ${relative(process.cwd(), join(defaultOutDir(dirname(course)), 'index.html'))}\n`);
        } else if (files.length) {
          const folder = relative(process.cwd(), dirname(files[0]!)) || '.';
          process.stdout.write(`next: write the slides, and watch them take shape with lectern serve ${folder}\n`);
        }
      });
    });
  registerServeCommand(cli);
  registerBuildWatch(cli);
  registerPptxCommand(cli);
  registerBrowserCommand(cli);
  registerCompletionCommand(cli);
  oneLineErrors(cli);
  return cli;
}

/** Runs the command line: parses the arguments, runs the command, sets the exit code. */
export async function runProgram(argv: string[]): Promise<void> {
  exitCleanlyOnSignals();
  // A reader that stops early (lectern check | head) closes the pipe: the rest of the output has nowhere to go.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  try {
    await program().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else throw error;
  }
}
