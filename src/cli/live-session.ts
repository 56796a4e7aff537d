import { relative } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.js';
import { openBrowser } from '../serve/open-browser.js';
import { liveEvent } from '../serve/live-event.js';
import { listensBeyondThisMachine } from '../serve/allowed-host.js';
import { serveOutput, type LiveServer } from '../serve/serve-output.js';
import { formatRebuild } from '../watch/format-rebuild.js';
import { LiveSite, type LiveSiteOptions, type RebuildReport } from '../watch/live-site.js';
import { watchCourse, type CourseWatcher } from '../watch/watch-course.js';
import { untilStopSignal } from '../shutdown.js';
import { EXIT } from './run-command.js';

export interface LiveSessionOptions extends LiveSiteOptions {
  /** Serve the output (`lectern serve`), or only rebuild it (`lectern build --watch`). */
  serve?: { host: string; port: number; open: boolean };
  quiet?: boolean;
}

/**
 * Builds a course (interrupted by a signal like any build), then keeps its
 * output up to date as the files change (and serves it, with live reload)
 * until SIGINT or SIGTERM, which end the session with exit code 0. The
 * address is printed as soon as the server listens; a signal while the
 * watcher starts also ends the session. Watching that fails ends it with a
 * message and exit code 2.
 */
export async function runLiveSession(options: LiveSessionOptions): Promise<number> {
  const cwd = process.cwd();
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const err = (text: string) => process.stderr.write(`${text}\n`);
  const site = await LiveSite.open(options);
  const stop = untilStopSignal();
  let server: LiveServer | undefined;
  let watcher: CourseWatcher | undefined;
  try {
    const show = (report: RebuildReport) => {
      const { summary, problems } = formatRebuild(report, site, cwd);
      if (!options.quiet || !report.ok) out(summary);
      if (problems) err(problems);
    };
    const outDir = relative(cwd, site.outDir) || '.';
    const first = site.last;
    if (first.diagnostics.list.length) err(formatRebuild(first, site, cwd).problems!);
    if (!first.ok) out(`the course has errors: ${outDir} is left as it was until they are fixed`);
    else if (!options.quiet) out(`built ${first.recompiled.length} deck(s) into ${outDir} in ${(first.ms / 1000).toFixed(2)} s`);

    if (options.serve) {
      server = await serveOutput({ outDir: site.outDir, ...options.serve, status: () => ({ ...liveEvent(site.last, cwd), files: [] }), page: (path) => site.lecturerPage(path) });
      out(`serving ${outDir} at ${server.url}`);
      if (listensBeyondThisMachine(options.serve.host)) {
        err(`lectern: warning: --host ${options.serve.host} makes the preview reachable from other machines: anyone on the network can read the course, speaker notes and drafts included\n  hint: leave --host out to serve on 127.0.0.1 only`);
      }
    }
    let failWatching!: (error: Error) => void;
    const watchFailed = new Promise<Error>((resolve) => (failWatching = resolve));
    watcher = watchCourse(site, {
      onRebuild: (report) => {
        show(report);
        server?.events.broadcast('build', liveEvent(report, cwd));
      },
      onFailure: (error) => err(`lectern: the rebuild failed: ${(error as Error)?.message ?? String(error)}`),
      onWatchError: failWatching,
    });
    const started = await Promise.race([watcher.ready.then(() => 'watching' as const, (error: Error) => error), stop.stopped]);
    if (started instanceof Error) throw watchError(started, site.root, cwd);
    if (started !== 'watching') return EXIT.ok;
    if (!options.quiet) out(`watching ${relative(cwd, site.root) || '.'} for changes; press Ctrl+C to stop`);
    if (server && options.serve?.open) openBrowser(server.url, err);
    const ended = await Promise.race([stop.stopped, watchFailed]);
    if (ended instanceof Error) throw watchError(ended, site.root, cwd);
    return EXIT.ok;
  } finally {
    stop.dispose();
    await watcher?.close();
    await server?.close();
    await site.close();
  }
}

function watchError(error: Error, root: string, cwd: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(
    `watching ${relative(cwd, root) || '.'} failed: ${error.message}; stopped`,
    code === 'ENOSPC' || code === 'EMFILE'
      ? 'the system limits how many files can be watched: raise fs.inotify.max_user_watches, or move large folders out of the course'
      : 'run the command again; if it keeps failing, move what the course does not need out of its folder',
  );
}
