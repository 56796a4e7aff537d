import { liveEvent, type LiveEvent } from './serve/live-event.js';
import { serveOutput, type LiveServer } from './serve/serve-output.js';
import { LiveSite, type LiveSiteOptions, type RebuildReport } from './watch/live-site.js';
import { watchCourse, type CourseWatcher } from './watch/watch-course.js';

export interface WatchCourseOptions extends LiveSiteOptions {
  /** Called after every rebuild, the first build included, with the course and output folders. */
  onRebuild?(report: RebuildReport, folders: { root: string; outDir: string }): void;
  /** Called when a rebuild fails for a reason other than the course's content (a disk error). */
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
  /** The course folder and the output folder kept up to date. */
  root: string;
  outDir: string;
  /** The course home, when served. */
  url?: string;
  /** The last rebuild. */
  readonly last: RebuildReport;
  /** Settles once the watcher sees the course's files (rejects if it cannot watch them). */
  ready: Promise<void>;
  /** Settles with the error that stopped the watching, if it ever stops by itself. */
  failed: Promise<Error>;
  close(): Promise<void>;
}

async function start(options: WatchCourseOptions, serve?: { host: string; port: number }): Promise<LiveHandle> {
  const cwd = process.cwd();
  const site = await LiveSite.open(options);
  let server: LiveServer | undefined;
  let watcher: CourseWatcher | undefined;
  const close = async () => {
    await watcher?.close();
    await server?.close();
    await site.close();
  };
  try {
    options.onRebuild?.(site.last, site);
    // What a page connecting is told: the last event, with every file its version changed (a rebuild's decks and course pages can share one).
    let current: LiveEvent = { ...liveEvent(site.last, cwd), files: [] };
    const announce = (report: RebuildReport) => {
      const event = liveEvent(report, cwd);
      const same = event.version === current.version;
      // The end of a rebuild whose decks went first and whose course pages follow later tells the pages nothing new.
      const news = !same || event.files.length > 0 || event.ok !== current.ok || JSON.stringify(event.errors) !== JSON.stringify(current.errors);
      current = same ? { ...event, files: [...new Set([...current.files, ...event.files])].sort() } : event;
      if (news) server?.events.broadcast('build', event);
    };
    if (serve) server = await serveOutput({ outDir: site.outDir, ...serve, status: () => current, page: (path) => site.lecturerPage(path) });
    let fail!: (error: Error) => void;
    const failed = new Promise<Error>((resolve) => (fail = resolve));
    watcher = watchCourse(site, {
      onRebuild: (report) => {
        options.onRebuild?.(report, site);
        announce(report);
      },
      // An open deck reloads as soon as its page is written; the course pages follow with an event of their own.
      onDecks: server && announce,
      onFailure: (error) => options.onFailure?.(error),
      onWatchError: fail,
    });
    return {
      root: site.root,
      outDir: site.outDir,
      url: server?.url,
      get last() {
        return site.last;
      },
      ready: watcher.ready,
      failed,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Builds a course, then rebuilds what each change of its files affects, until `close()`. */
export function watch(options: WatchCourseOptions = {}): Promise<LiveHandle> {
  return start(options);
}

/**
 * Like `watch`, and serves the output with live reload on `url` (speaker
 * notes included, whatever the course publishes), until `close()`.
 */
export function serve(options: ServeCourseOptions = {}): Promise<LiveHandle> {
  return start(options, { host: options.host ?? '127.0.0.1', port: options.port ?? 8080 });
}
