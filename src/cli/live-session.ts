import { relative } from 'node:path';
import { openBrowser } from '../serve/open-browser.js';
import { liveEvent } from '../serve/live-event.js';
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
 * Builds a course, then keeps its output up to date as the files change (and
 * serves it, with live reload) until SIGINT or SIGTERM; then closes the
 * watcher and the server and returns exit code 0.
 */
export async function runLiveSession(options: LiveSessionOptions): Promise<number> {
  const stopped = untilStopSignal();
  const cwd = process.cwd();
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const err = (text: string) => process.stderr.write(`${text}\n`);
  const site = await LiveSite.open(options);
  const show = (report: RebuildReport) => {
    const { summary, problems } = formatRebuild(report, site.root, cwd);
    if (!options.quiet || !report.ok) out(summary);
    if (problems) err(problems);
  };
  const outDir = relative(cwd, site.outDir) || '.';
  const first = site.last;
  if (first.diagnostics.list.length) err(formatRebuild(first, site.root, cwd).problems!);
  if (!first.ok) out(`the course has errors: ${outDir} is left as it was until they are fixed`);
  else if (!options.quiet) out(`built ${first.recompiled.length} deck(s) into ${outDir} in ${(first.ms / 1000).toFixed(2)} s`);

  let server: LiveServer | undefined;
  let watcher: CourseWatcher | undefined;
  try {
    if (options.serve) {
      server = await serveOutput({ outDir: site.outDir, ...options.serve, status: () => ({ ...liveEvent(site.last, cwd), files: [] }), page: (path) => site.lecturerPage(path) });
    }
    watcher = await watchCourse(site, {
      onRebuild: (report) => {
        show(report);
        server?.events.broadcast('build', liveEvent(report, cwd));
      },
      onFailure: (error) => err(`lectern: the rebuild failed: ${(error as Error)?.message ?? String(error)}`),
    });
    if (server) out(`serving ${outDir} at ${server.url}`);
    if (!options.quiet) out(`watching ${relative(cwd, site.root) || '.'} for changes; press Ctrl+C to stop`);
    if (server && options.serve?.open) openBrowser(server.url, err);
    await stopped;
  } finally {
    await watcher?.close();
    await server?.close();
  }
  return EXIT.ok;
}
