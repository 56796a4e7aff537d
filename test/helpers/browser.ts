import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../src/browser/find-browser.js';

/** The real Chromium the product uses, headless. */
export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await findBrowser(),
    headless: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--allow-file-access-from-files'],
  });
}

export interface PageLog {
  requests: string[];
  failed: string[];
  errors: string[];
}

/** Records every request, failed request and console error of a page. */
export function watchPage(page: Page): PageLog {
  const log: PageLog = { requests: [], failed: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) log.failed.push(`${r.url()} ${r.status()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  return log;
}

/** Opens a deck and waits until reveal.js is ready and the fonts are loaded. */
export async function openDeck(page: Page, url: string): Promise<void> {
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await (window as unknown as { lecternReady: Promise<unknown> }).lecternReady;
    await document.fonts.ready;
  });
}

/** One browser for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
