import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { watch } from 'chokidar';
import { isInside } from '../course/course-files.js';
import { coalesceChanges } from './coalesce-changes.js';
import type { FileChange, LiveSite, RebuildReport } from './live-site.js';

export interface WatchOptions {
  /** Called after each rebuild. */
  onRebuild(report: RebuildReport): void;
  /** Called when a rebuild fails for a reason other than the course's content (a disk error). */
  onFailure(error: unknown): void;
  /** How long a burst of saves may pause before the rebuild starts, in ms. */
  quietMs?: number;
}

export interface CourseWatcher {
  close(): Promise<void>;
}

const RECHECK_MS = 75;
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
 * Watches a course (its folder, the templates, the sources' text files) and
 * rebuilds the site after each burst of changes; files added later and new
 * source texts are picked up.
 */
export async function watchCourse(site: LiveSite, options: WatchOptions): Promise<CourseWatcher> {
  const watched = new Set<string>();
  const wanted = () => {
    const layout = site.layout();
    const texts = [...layout.sourceTexts].filter((f) => !isInside(layout.root, f));
    return [layout.root, ...layout.templateRoots.filter((r) => !isInside(layout.root, r)), ...texts].filter((p) => !watched.has(p));
  };
  const initial = wanted();
  initial.forEach((p) => watched.add(p));
  const watcher = watch(initial, {
    ignoreInitial: true,
    ignored: (path) => isInside(site.outDir, path) || (isInside(site.root, path) && SKIPPED.test(relative(site.root, path))),
  });

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
        const report = await site.rebuild(changes);
        if (report) options.onRebuild(report);
      } catch (error) {
        options.onFailure(error);
      }
      recheck(changes);
      const more = wanted();
      if (more.length) {
        more.forEach((p) => watched.add(p));
        watcher.add(more);
      }
    },
    { quietMs: options.quietMs },
  );
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (path: string) => coalescer.push({ path, event }));

  await new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve);
    watcher.once('error', reject);
  });
  watcher.on('error', (error) => options.onFailure(error));
  return {
    async close() {
      for (const timer of rechecks) clearTimeout(timer);
      await coalescer.close();
      await watcher.close();
    },
  };
}
