import { relative } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.js';
import { serve, watch, type LiveHandle } from '../live.js';
import { openBrowser } from '../serve/open-browser.js';
import { listensBeyondThisMachine } from '../serve/allowed-host.js';
import { formatRebuild, problemCounts } from '../watch/format-rebuild.js';
import type { LiveSiteOptions, RebuildReport } from '../watch/live-site.js';
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
  let first = true;
  const show = (report: RebuildReport, folders: { root: string; outDir: string }) => {
    const { summary, problems } = formatRebuild(report, folders, cwd);
    if (!first) {
      if (!options.quiet || !report.ok) out(summary);
      if (problems) err(problems);
      return;
    }
    first = false;
    if (problems) err(problems);
    const where = relative(cwd, folders.outDir) || '.';
    const counts = problemCounts(report.diagnostics);
    if (!report.ok) out(`the course has ${counts}: ${where} is left as it was until they are fixed`);
    else if (!options.quiet) out(`built ${report.recompiled.length} deck(s) into ${where} in ${(report.ms / 1000).toFixed(2)} s${counts ? ` (${counts})` : ''}`);
  };
  const handlers = {
    onRebuild: show,
    onFailure: (error: unknown) => err(`lectern: the rebuild failed: ${(error as Error)?.message ?? String(error)}`),
  };
  const live: LiveHandle = options.serve ? await serve({ ...options, ...options.serve, ...handlers }) : await watch({ ...options, ...handlers });
  const stop = untilStopSignal();
  try {
    if (live.url) out(`serving ${relative(cwd, live.outDir) || '.'} at ${live.url}`);
    if (live.url && options.serve && listensBeyondThisMachine(options.serve.host)) {
      err(`lectern: warning: --host ${options.serve.host} makes the preview reachable from other machines: anyone on the network can read the course, speaker notes and drafts included\n  hint: leave --host out to serve on 127.0.0.1 only`);
    }
    const started = await Promise.race([live.ready.then(() => 'watching' as const, (error: Error) => error), stop.stopped]);
    if (started instanceof Error) throw watchError(started, live.root, cwd);
    if (started !== 'watching') return EXIT.ok;
    if (!options.quiet) out(`watching ${relative(cwd, live.root) || '.'} for changes; press Ctrl+C to stop`);
    if (live.url && options.serve?.open) openBrowser(live.url, err);
    const ended = await Promise.race([stop.stopped, live.failed]);
    if (ended instanceof Error) throw watchError(ended, live.root, cwd);
    return EXIT.ok;
  } finally {
    stop.dispose();
    await live.close();
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
