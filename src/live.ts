import { liveEvent } from './serve/live-event.js';
import { serveOutput, type LiveServer } from './serve/serve-output.js';
import { LiveSite, type LiveSiteOptions, type RebuildReport } from './watch/live-site.js';
import { watchCourse, type CourseWatcher } from './watch/watch-course.js';

export interface WatchCourseOptions extends LiveSiteOptions {
  /** Called after every rebuild, the first one included. */
  onRebuild?(report: RebuildReport): void;
  /** Called when a rebuild fails for a reason other than the course's content (a disk error), and when watching fails (the watch then stops). */
  onFailure?(error: unknown): void;
}

export interface ServeCourseOptions extends WatchCourseOptions {
  /** Default: 127.0.0.1. */
  host?: string;
  /** Default: 8080; 0 takes any free port. */
  port?: number;
}

/** A running watch (and server): stop it with `close()`. */
export interface LiveHandle {
  /** The output folder kept up to date. */
  outDir: string;
  /** The course home, when served. */
  url?: string;
  /** The last rebuild. */
  readonly last: RebuildReport;
  close(): Promise<void>;
}

async function start(options: WatchCourseOptions, serve?: { host: string; port: number }): Promise<LiveHandle> {
  const site = await LiveSite.open(options);
  options.onRebuild?.(site.last);
  let server: LiveServer | undefined;
  let watcher: CourseWatcher | undefined;
  try {
    if (serve) server = await serveOutput({ outDir: site.outDir, ...serve, status: () => ({ ...liveEvent(site.last, process.cwd()), files: [] }) });
    watcher = watchCourse(site, {
      onRebuild: (report) => {
        options.onRebuild?.(report);
        server?.events.broadcast('build', liveEvent(report, process.cwd()));
      },
      onFailure: (error) => options.onFailure?.(error),
      onWatchError: (error) => options.onFailure?.(error),
    });
    await watcher.ready;
  } catch (error) {
    await watcher?.close();
    await server?.close();
    await site.close();
    throw error;
  }
  return {
    outDir: site.outDir,
    url: server?.url,
    get last() {
      return site.last;
    },
    async close() {
      await watcher?.close();
      await server?.close();
      await site.close();
    },
  };
}

/** Builds a course, then rebuilds what each change of its files affects, until `close()`. */
export function watch(options: WatchCourseOptions = {}): Promise<LiveHandle> {
  return start(options);
}

/** Like `watch`, and serves the output with live reload on `url`, until `close()`. */
export function serve(options: ServeCourseOptions = {}): Promise<LiveHandle> {
  return start(options, { host: options.host ?? '127.0.0.1', port: options.port ?? 8080 });
}
