import type { OutputFiles } from '../output/site-files.js';
import { syncOutput } from './sync-output.js';

/** A deck page rendered again, with the files of the output it shows. */
export interface DeckPageUpdate {
  path: string;
  html: string;
  media: readonly string[];
}

/**
 * Writes deck pages ahead of the rest of a rebuild, so that a deck open in a
 * browser can reload before the course pages are made. Only pages the
 * output already has, showing only files it already has, go first: a page
 * or an image new to the output waits for the whole output, which lists it.
 * Returns the paths written and the output as it now is, or undefined when
 * the pages cannot go first (nothing is written then).
 */
export async function writeDecksFirst(outDir: string, output: OutputFiles, pages: DeckPageUpdate[]): Promise<{ written: string[]; output: OutputFiles } | undefined> {
  if (!pages.length || !pages.every((p) => output.has(p.path) && p.media.every((m) => output.has(m)))) return undefined;
  const next: OutputFiles = new Map(pages.map((p) => [p.path, { text: p.html }]));
  const previous: OutputFiles = new Map(pages.map((p) => [p.path, output.get(p.path)!]));
  const written = await syncOutput(outDir, next, { previous });
  return { written, output: new Map([...output, ...next]) };
}
