import { unwatchFile, watchFile } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, relative } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { isInside } from '../course/course-files.js';
import { coalesceChanges } from './coalesce-changes.js';
import type { FileChange, LiveSite, RebuildReport } from './live-site.js';

export interface WatchOptions {
  /** Called after each rebuild. */
  onRebuild(report: RebuildReport): void;
  /** Called, when given, once a rebuild has written the pages of the decks edited, before it makes the course pages (see `LiveSite.rebuild`). */
  onDecks?(report: RebuildReport): void;
  /** Called when a rebuild fails for a reason other than the course's content (a disk error). */
  onFailure(error: unknown): void;
  /** Called when watching itself fails after it started; the watcher is closed by then. */
  onWatchError?(error: Error): void;
  /** How long a burst of saves may pause before the rebuild starts, in ms. */
  quietMs?: number;
  /** Makes the file watcher (tests replace it). */
  watch?: (paths: string[], options: Parameters<typeof watch>[1]) => FSWatcher;
}

export interface CourseWatcher {
  /** Resolves once the files are watched; rejects (the watcher closed) when watching cannot start. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const RECHECK_MS = 75;
const OUTPUT_POLL_MS = 300;
const GONE = 'gone';

/** What tells one version of a file from the next. */
async function stamp(path: string): Promise<string> {
  try {
    const s = await stat(path);
    return `${s.mtimeMs}:${s.ctimeMs}:${s.size}:${s.ino}`;
  } catch {
    return GONE;
  }
}

/** Folders in a course that are nothing to it. */
const SKIPPED = /(^|\/)(node_modules|\.git)(\/|$)/;

/**
 * What the watcher leaves alone: the output and what Lectern keeps beside it
 * (staging folders, the lock), and in the course hidden files and folders,
 * node_modules and .git, which the course never reads.
 */
function ignoredBy(site: LiveSite): (path: string) => boolean {
  const outside = `.${basename(site.outDir)}.`;
  return (path) =>
    isInside(site.outDir, path) ||
    (dirname(path) === dirname(site.outDir) && basename(path).startsWith(outside)) ||
    (isInside(site.root, path) && path !== site.root && (SKIPPED.test(relative(site.root, path)) || /(^|\/)\./.test(relative(site.root, path))));
}

/**
 * Watches what a course reads (its folder, the templates, the sources' text
 * files) and rebuilds the site after each burst of changes; files added later
 * and new source texts are picked up. Links are watched as links, never
 * followed: a link out of the course or a link loop adds nothing to watch.
 * When the output folder is deleted, it is written again.
 */
export function watchCourse(site: LiveSite, options: WatchOptions): CourseWatcher {
  const watched = new Set<string>();
  const wanted = () => {
    const layout = site.layout();
    const texts = [...layout.sourceTexts].filter((f) => !isInside(layout.root, f));
    return [layout.root, ...layout.templateRoots.filter((r) => !isInside(layout.root, r)), ...texts].filter((p) => !watched.has(p));
  };
  const initial = wanted();
  initial.forEach((p) => watched.add(p));
  const watcher = (options.watch ?? watch)(initial, { ignoreInitial: true, followSymlinks: false, ignored: ignoredBy(site) });

  // chokidar drops a second change of a file made within 50 ms of the first
  // (paulmillr/chokidar#1455): once that window has passed, look at the files again.
  const seen = new Map<string, string>();
  const rechecks = new Set<NodeJS.Timeout>();
  const recheck = (changes: FileChange[]) => {
    const timer = setTimeout(async () => {
      rechecks.delete(timer);
      for (const { path } of changes) {
        const now = await stamp(path);
        if (now !== seen.get(path)) coalescer.push({ path, event: now === GONE ? 'unlink' : 'change' });
      }
    }, RECHECK_MS);
    rechecks.add(timer);
  };

  const coalescer = coalesceChanges(
    async (changes: FileChange[]) => {
      await Promise.all(changes.map(async ({ path }) => seen.set(path, await stamp(path))));
      try {
        const report = await site.rebuild(changes, { onDecks: options.onDecks, interrupted: () => coalescer.waiting() });
        if (report) options.onRebuild(report);
      } catch (error) {
        options.onFailure(error);
      }
      recheck(changes);
      const more = wanted();
      if (more.length && !closed) {
        more.forEach((p) => watched.add(p));
        watcher.add(more);
      }
    },
    { quietMs: options.quietMs },
  );
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (path: string) => coalescer.push({ path, event }));

  // The output folder is polled: watching its parent could mean watching a large folder.
  const onOutput = (now: { ino: number }) => {
    if (now.ino === 0) coalescer.push({ path: site.outDir, event: 'unlink' });
  };
  watchFile(site.outDir, { interval: OUTPUT_POLL_MS, persistent: false }, onOutput);

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    unwatchFile(site.outDir, onOutput);
    for (const timer of rechecks) clearTimeout(timer);
    await coalescer.close();
    await watcher.close();
  };
  const ready = new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve);
    watcher.once('error', (error) => void close().finally(() => reject(error)));
  });
  void ready.then(
    () => watcher.on('error', (error) => void close().finally(() => options.onWatchError?.(error as Error))),
    () => {},
  );
  return { ready, close };
}
