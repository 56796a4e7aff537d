import type { Browser, Page } from 'puppeteer-core';
import { UsageError } from '../diagnostics/diagnostic.js';
import { onShutdown } from '../shutdown.js';
import { findBrowser } from '../browser/find-browser.js';

/**
 * One browser for a whole command: launched on first use, closed by `close()`
 * (call it in a `finally`) and on SIGINT/SIGTERM (through the shutdown
 * cleanups), so that no Chromium and no temporary profile outlives the command.
 */
export class BrowserSession {
  private browser?: Promise<Browser>;
  private unregister?: () => void;
  /** Once closed, a session launches nothing more: work still running fails instead of starting a browser nobody closes. */
  private closed = false;

  constructor(private readonly executable?: string) {}

  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(new Error('the browser session is closed'));
    this.browser ??= (async () => {
      const executablePath = await findBrowser(this.executable);
      const { default: puppeteer } = await import('puppeteer-core');
      this.unregister = onShutdown(() => this.close());
      try {
        return await puppeteer.launch({
          executablePath,
          headless: true,
          // Lectern's own shutdown closes the browser and waits for its profile to be removed.
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
          args: [
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
            '--disable-gpu',
            '--font-render-hinting=none',
            '--disable-dev-shm-usage',
            '--allow-file-access-from-files',
          ],
        });
      } catch (error) {
        throw new UsageError(
          `the browser at ${executablePath} did not start: ${String((error as Error).message).split('\n')[0]}`,
          'check that it runs (missing system libraries?), or pass another with --browser',
        );
      }
    })();
    return this.browser;
  }

  /** Runs work on a fresh page, closed afterwards whatever happens. */
  async withPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const browser = await this.launch();
    const page = await browser.newPage();
    try {
      return await work(page);
    } finally {
      await page.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = this.browser;
    this.browser = undefined;
    this.unregister?.();
    if (!pending) return;
    const browser = await pending.catch(() => undefined);
    await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
  }
}
