import { ContentError, UsageError } from '../diagnostics/diagnostic.js';
import { diagnosticsToData, formatDiagnostics } from '../diagnostics/format-diagnostics.js';
import { stylesFor } from './terminal.js';
import { interruptedSignal, InterruptedError, outputStateNote } from '../shutdown.js';

/** Exit codes: content errors are the author's to fix; usage errors are the caller's or the machine's. */
export const EXIT = { ok: 0, content: 1, usage: 2 } as const;

/**
 * Runs a command body and turns whatever it throws into a message and an exit
 * code, never a stack trace. With `json` (the command's name), content errors
 * are one JSON document on stdout, as the command's result would be.
 */
export async function runCommand(body: () => Promise<number | void>, { json }: { json?: string } = {}): Promise<number> {
  try {
    return (await body()) ?? EXIT.ok;
  } catch (error) {
    // Once a signal has interrupted the command, whatever failed after it failed because of it.
    const signal = interruptedSignal();
    if (signal) {
      const state = outputStateNote();
      process.stderr.write(`lectern: stopped by ${signal}${state ? `; ${state}` : ''}\n`);
      return new InterruptedError(signal).exitCode;
    }
    if (error instanceof ContentError && json) {
      process.stdout.write(`${JSON.stringify({ command: json, ok: false, diagnostics: diagnosticsToData(error.diagnostics, process.cwd()) }, null, 2)}\n`);
      return EXIT.content;
    }
    if (error instanceof ContentError) {
      process.stderr.write(`${formatDiagnostics(error.diagnostics, process.cwd(), { styles: stylesFor() })}\n`);
      return EXIT.content;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${stylesFor().red('lectern:')} ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
      return EXIT.usage;
    }
    const e = error as NodeJS.ErrnoException;
    if (e?.code === 'ENOSPC' || e?.code === 'EACCES' || e?.code === 'EROFS' || e?.code === 'EPERM') {
      process.stderr.write(`lectern: ${e.message}\n  hint: check that the output folder is writable and the disk is not full\n`);
      return EXIT.usage;
    }
    process.stderr.write(`lectern: unexpected failure: ${e?.message ?? String(error)}\n`);
    if (process.env.LECTERN_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    else process.stderr.write('  hint: run again with LECTERN_DEBUG=1 for details, and report it\n');
    return EXIT.usage;
  }
}
