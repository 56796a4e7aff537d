import { rename, rm, writeFile } from 'node:fs/promises';
import { UsageError } from '../diagnostics/diagnostic.js';

/** A document that takes too long, or a browser that dies, is a clear error, not a stack trace. */
export async function explainFailures<T>(what: string, timeout: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as Error).name === 'TimeoutError') {
      throw new UsageError(`printing ${what} took longer than ${Math.round(timeout / 1000)} s`, 'allow more time with --timeout SECONDS, or split the lecture');
    }
    if (/Target closed|Session closed|Connection closed|browser has disconnected|Navigating frame was detached/i.test(String((error as Error).message))) {
      throw new UsageError(`the browser stopped while printing ${what}`, 'run the export again; if it keeps failing, try another browser with --browser');
    }
    throw error;
  }
}

/** Writes a PDF through a temporary file beside it, so that a failure never leaves half a file. */
export async function writePdfFile(file: string, pdf: Uint8Array): Promise<string> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, pdf);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return file;
}
