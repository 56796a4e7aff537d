import { resolve } from 'node:path';
import { Option, type Command } from 'commander';

/** A comma-separated option value as a list. */
export const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

/** Comma-separated folders, resolved against the working directory (as --out is). */
export const folders = (value: string) => list(value).map((dir) => resolve(dir));

/** How the course argument is described, and what it defaults to. */
export const COURSE_ARGUMENT = 'the course folder (default: the current folder if it holds course.yaml, else lectures/)';

/**
 * A command that works on a course: the course argument and the options every
 * such command shares (output folder, languages, source texts, quiet).
 */
export function courseCommand(cli: Command, name: string, description: string): Command {
  return cli
    .command(name)
    .description(description)
    .argument('[course]', COURSE_ARGUMENT)
    .option('--out <dir>', 'the output folder (default: output/ beside a course folder named lectures, else _output/ inside the course)')
    .option('--lang <langs>', 'only these languages, comma-separated (default: all of the course)', list)
    .option('--source-texts <dirs>', 'more folders to search for sources\' text files, comma-separated', folders)
    .option('--notes', 'put the speaker notes in the decks, whatever course.yaml\'s publish.notes says')
    .option('--no-notes', 'leave the speaker notes out of the decks (publish.notes: false)')
    .option('--quiet', 'print errors only');
}

/** The output format of a command that writes files: a line of text, or one JSON document. */
export const formatOption = () =>
  new Option('--format <format>', 'what to print: a summary line (text) or one JSON document with the files written, timings and diagnostics (json)').choices(['text', 'json']).default('text');
