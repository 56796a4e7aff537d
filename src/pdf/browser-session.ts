import type { Browser, Page } from 'puppeteer';
import { onShutdown } from '../shutdown.js';
import { findBrowser } from './find-browser.js';

/**
 * One browser for a whole command: launched on first use, closed by `close()`
 * (call it in a `finally`) and on SIGINT/SIGTERM (through the shutdown
 * cleanups), so that no Chromium and no temporary profile outlives the command.
 */
export class BrowserSession {
  private browser?: Promise<Browser>;
  private unregister?: () => void;

  constructor(private readonly executable?: string) {}

  private launch(): Promise<Browser> {
    this.browser ??= (async () => {
      const executablePath = findBrowser(this.executable);
      const { default: puppeteer } = await import('puppeteer');
      this.unregister = onShutdown(() => this.close());
      return puppeteer.launch({
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
    const pending = this.browser;
    this.browser = undefined;
    this.unregister?.();
    if (!pending) return;
    const browser = await pending.catch(() => undefined);
    await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
  }
}
