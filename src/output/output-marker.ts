import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { isExportedFile } from './exported-file.js';

/**
 * Every output folder carries a marker: the format of the output, which
 * course it was built from, and the files Lectern wrote into it. A folder is
 * replaced only when it carries one, and files it does not list stay.
 */
export const MARKER = '.lectern-output.json';
/** The output format this version writes; a folder written in a later one is left alone. */
export const OUTPUT_FORMAT = 1;

export interface OutputMarker {
  format: number;
  /** Which course the output was built from: a hash of the course folder's real path, which the marker does not reveal. */
  course: string;
  /** The files the build wrote, with / separators. */
  files: string[];
}

/** Who a course is, as the marker records it. */
export function courseIdentity(courseRoot: string): string {
  return createHash('sha256').update(realpathSync(courseRoot)).digest('hex').slice(0, 16);
}

/** The marker's text for the output of a course made of these files. */
export function markerText(courseRoot: string, files: Iterable<string>): string {
  const marker: OutputMarker = { format: OUTPUT_FORMAT, course: courseIdentity(courseRoot), files: [...files].filter((f) => f !== MARKER).sort() };
  return `${JSON.stringify(marker, null, 1)}\n`;
}

/** The marker of an output folder: undefined when there is none, 'damaged' when it cannot be read as one. */
export function readMarker(markerFile: string): OutputMarker | 'damaged' | undefined {
  let text: string;
  try {
    text = readFileSync(markerFile, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<OutputMarker>;
    if (typeof value.format !== 'number' || typeof value.course !== 'string' || !Array.isArray(value.files)) return 'damaged';
    return { format: value.format, course: value.course, files: value.files.filter((f): f is string => typeof f === 'string') };
  } catch {
    return 'damaged';
  }
}

/**
 * Whether Lectern wrote a file of an output: the marker lists it, or it is a
 * file an exporter writes (a PDF, a PowerPoint file) into a folder whose page
 * the marker lists: a deck's, or a language's for its reader (or what an
 * interrupted write of either left: `NAME.PID.tmp`).
 */
export function writtenByLectern(marker: OutputMarker): (path: string) => boolean {
  const listed = new Set(marker.files);
  return (path) => {
    if (path === MARKER) return true;
    const file = path.replace(/\.\d+\.tmp$/, '');
    if (listed.has(file)) return true;
    return file.includes('/') && isExportedFile(file) && listed.has(file.replace(/[^/]+$/, 'index.html'));
  };
}
