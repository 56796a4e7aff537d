import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { collectOutputPaths } from '../output/guard-out-dir.js';
import type { OutputEntry, OutputFiles } from '../output/site-files.js';
import { isExportedFile } from '../output/exported-file.js';

export interface SyncOptions {
  /** What the output held after the last sync; unknown the first time, when the files on disk are compared instead. */
  previous?: OutputFiles;
  /** Files copied from that changed since the last sync. */
  touched?: ReadonlySet<string>;
  /** Files of the output Lectern did not write: never removed. */
  keep?: ReadonlySet<string>;
}

/**
 * Brings the output folder in line with `next`, writing only the files whose
 * content changed and removing the ones no longer made, as a full build would.
 * Each file is written beside its place and renamed over it, so a page is
 * never served half written. Returns the output paths written or removed.
 */
export async function syncOutput(outDir: string, next: OutputFiles, { previous, touched = new Set(), keep = new Set() }: SyncOptions = {}): Promise<string[]> {
  const changed: string[] = [];
  await Promise.all(
    [...next].map(async ([path, entry]) => {
      const file = join(outDir, path);
      const before = previous?.get(path);
      const unchanged = previous
        ? before !== undefined && sameEntry(before, entry) && !('from' in entry && touched.has(entry.from))
        : await sameOnDisk(file, entry);
      if (unchanged) return;
      await writeEntry(file, entry);
      changed.push(path);
    }),
  );
  const gone = previous
    ? [...previous.keys()].filter((path) => !next.has(path))
    : existsSync(outDir)
      ? collectOutputPaths(outDir, (path) => !next.has(path) && !isKeptExport(path, next) && !keep.has(path))
      : [];
  for (const path of gone) {
    await removeOutput(outDir, path);
    changed.push(path);
  }
  return changed.sort();
}

function sameEntry(a: OutputEntry, b: OutputEntry): boolean {
  return 'text' in a ? 'text' in b && a.text === b.text : 'from' in b && a.from === b.from;
}

/** PDFs and PowerPoint files exported earlier stay beside the decks that are still built. */
function isKeptExport(path: string, next: OutputFiles): boolean {
  return isExportedFile(path) && next.has(path.replace(/[^/]+$/, 'index.html'));
}

async function sameOnDisk(file: string, entry: OutputEntry): Promise<boolean> {
  try {
    const wanted = 'text' in entry ? Buffer.from(entry.text) : await readFile(entry.from);
    if ((await stat(file)).size !== wanted.length) return false;
    return wanted.equals(await readFile(file));
  } catch {
    return false;
  }
}

async function writeEntry(file: string, entry: OutputEntry): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    if ('text' in entry) await writeFile(temp, entry.text);
    else await copyFile(entry.from, temp);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes an output file; a deck's page takes its folder along (its PDFs belong to it); empty folders go. */
async function removeOutput(outDir: string, path: string): Promise<void> {
  const isDeckPage = /^[^/]+\/[^/]+\/index\.html$/.test(path);
  await rm(join(outDir, isDeckPage ? dirname(path) : path), { recursive: true, force: true });
  for (let dir = dirname(join(outDir, path)); dir.startsWith(`${outDir}/`); dir = dirname(dir)) {
    if (!existsSync(dir)) continue;
    if ((await readdir(dir)).length) break;
    await rmdir(dir);
  }
}
