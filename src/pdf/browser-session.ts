import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { UsageError } from '../diagnostics/diagnostic.js';
import { onShutdown, throwIfInterrupted } from '../shutdown.js';
import { browserArgs } from './browser-flags.js';
import { makeProfile, removeProfile, removeStaleProfiles, type ProfileFolders } from './browser-profile.js';

/**
 * The environment of the browser, with its temporary, home and XDG folders
 * inside Lectern's folder: Chromium writes caches and settings there
 * (~/.config, ~/.cache, ~/.pki), which then go with the profile instead of
 * piling up in the user's home on every run.
 */
function browserEnv({ root, tmpDir }: ProfileFolders): NodeJS.ProcessEnv {
  const home = join(root, 'home');
  return { ...process.env, TMPDIR: tmpDir, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), XDG_DATA_HOME: join(home, '.local/share') };
}

/** How long the browser may take to start. */
const LAUNCH_TIMEOUT_MS = 60_000;

/**
 * One browser for a whole command: launched on first use, closed by `close()`
 * (call it in a `finally`) and on SIGINT/SIGTERM (through the shutdown
 * cleanups), also while it is still starting, so that no Chromium and no
 * profile outlives the command. The browser talks to Lectern over a pipe: if
 * Lectern is killed outright, the pipe closes and the browser quits. Its
 * profile is a folder of Lectern's own, removed on close; a later command
 * removes the profiles of commands that were killed.
 */
export class BrowserSession {
  private browser?: Promise<Browser>;
  /** Windows opened ahead (see warmUp and prepare), for the next pages wanted. */
  private spares: Array<Promise<Page | undefined>> = [];
  private profile?: ProfileFolders;
  private readonly abort = new AbortController();
  private unregister?: () => void;
  private started = false;
  /** The shutdown, once asked for. A closed session launches nothing more: work still running fails instead of starting a browser nobody closes. */
  private closing?: Promise<void>;

  constructor(private readonly executablePath: string) {}

  private launch(): Promise<Browser> {
    throwIfInterrupted();
    if (this.closing) return Promise.reject(new Error('the browser session is closed'));
    this.browser ??= (async () => {
      this.unregister = onShutdown(() => this.close());
      const { default: puppeteer } = await import('puppeteer-core');
      removeStaleProfiles();
      this.profile = makeProfile();
      const timer = setTimeout(() => this.abort.abort(new Error(`it did not answer within ${LAUNCH_TIMEOUT_MS / 1000} s`)), LAUNCH_TIMEOUT_MS);
      try {
        const browser = await puppeteer.launch({
          executablePath: this.executablePath,
          headless: true,
          pipe: true,
          userDataDir: this.profile.userDataDir,
          // Its temporary files, home and XDG folders go into Lectern's folder too, removed with it.
          env: browserEnv(this.profile),
          signal: this.abort.signal,
          // Lectern's own shutdown closes the browser and removes its profile.
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
          // No first page to wait for: see browserArgs.
          waitForInitialPage: false,
          args: browserArgs(),
        });
        this.started = true;
        return browser;
      } catch (error) {
        throwIfInterrupted();
        const why = this.abort.signal.reason instanceof Error ? this.abort.signal.reason.message : String((error as Error).message).split('\n')[0];
        throw new UsageError(
          `the browser at ${this.executablePath} did not start: ${why}`,
          'check that it runs (missing system libraries?), or pass another with --browser',
        );
      } finally {
        clearTimeout(timer);
      }
    })();
    return this.browser;
  }

  /**
   * Starts the browser in the background and opens a window in it, to be
   * ready by the time a page is wanted (the HTML is built meanwhile); a
   * failure to start is reported by the first `withPage`. Resolves once warm.
   */
  warmUp(): Promise<void> {
    return this.prepare(1);
  }

  /**
   * Opens windows ahead, in the background, until `pages` are ready for the
   * pages about to be wanted at once. Resolves when they are open.
   */
  prepare(pages: number): Promise<void> {
    const browser = this.launch();
    while (this.spares.length < pages) this.spares.push(browser.then((b) => b.newPage({ type: 'window' })).catch(() => undefined));
    return Promise.all(this.spares).then(() => undefined);
  }

  /** Runs work on a fresh page, closed afterwards whatever happens. */
  async withPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const browser = await this.launch();
    throwIfInterrupted();
    const spare = this.spares.shift();
    // A window of its own: in a background tab of a shared window, a page's print view waits until the front tab is done.
    const page = (await spare) ?? (await browser.newPage({ type: 'window' }));
    try {
      return await work(page);
    } finally {
      await page.close().catch(() => {});
    }
  }

  /**
   * Ends a started browser. Its profile is removed next, so nothing in it
   * needs saving: the browser and its children are killed (see the launch
   * signal) instead of shut down window by window, which takes longer.
   */
  private async stop(browser: Browser): Promise<void> {
    const child = browser.process();
    if (!child || child.exitCode !== null || child.signalCode !== null) return void (await browser.close().catch(() => {}));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (this.abort.signal.aborted) child.kill('SIGKILL');
    else this.abort.abort(new Error('the command ended'));
    await exited;
  }

  /** Closes the browser and removes its profile; every call, also one made while closing, resolves once that is done. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    const pending = this.browser;
    this.browser = undefined;
    this.unregister?.();
    // A browser still starting is killed here; one that started, by stop().
    if (!this.started && !this.abort.signal.aborted) this.abort.abort(new Error('the command ended'));
    if (pending) {
      const browser = await pending.catch(() => undefined);
      if (browser) await this.stop(browser);
    }
    const profile = this.profile;
    this.profile = undefined;
    if (profile) await removeProfile(profile.root);
  }
}
