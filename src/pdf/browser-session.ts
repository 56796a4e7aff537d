import type { Browser, Page } from 'puppeteer';
import { findBrowser } from './find-browser.js';

/**
 * One browser for a whole command: launched on first use, closed by `close()`
 * (call it in a `finally`) and on SIGINT/SIGTERM, so that no Chromium and no
 * temporary profile outlives the command.
 */
export class BrowserSession {
  private browser?: Promise<Browser>;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    void this.close().finally(() => {
      process.off(signal, this.onSignal);
      process.kill(process.pid, signal);
    });
  };

  constructor(private readonly executable?: string) {}

  private launch(): Promise<Browser> {
    this.browser ??= (async () => {
      const executablePath = findBrowser(this.executable);
      const { default: puppeteer } = await import('puppeteer');
      process.once('SIGINT', this.onSignal);
      process.once('SIGTERM', this.onSignal);
      return puppeteer.launch({
        executablePath,
        headless: true,
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
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
    if (!pending) return;
    const browser = await pending.catch(() => undefined);
    await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
  }
}
