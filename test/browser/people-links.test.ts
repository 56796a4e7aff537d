import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, watchPage } from '../helpers/browser.js';
import { courseWithPeople } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';

let browser: Browser;
let out: string;

beforeAll(async () => {
  out = join(tempDir(), 'out');
  await build({ course: courseWithPeople(), out, langs: ['en'] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('people and facts link both ways, in Chromium', () => {
  it('from a person to a fact and back, each link landing on its entry in view', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    try {
      await page.setViewport({ width: 1024, height: 600 });
      await page.goto(`file://${out}/en/people.html`, { waitUntil: 'load' });
      await Promise.all([page.waitForNavigation(), page.click('#zinoviev + dd .involved a[href="facts.html#first-trial"]')]);
      expect(page.url()).toBe(`file://${out}/en/facts.html#first-trial`);
      const inView = (id: string) =>
        page.$eval(`[id="${id}"]`, (el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
        });
      expect(await inView('first-trial')).toBe(true);
      const link = await page.$eval('#first-trial + dd .people a', (a) => ({ text: a.textContent, height: a.getBoundingClientRect().height }));
      expect(link.text).toBe('Grigory Zinoviev');
      expect(link.height).toBeGreaterThan(8);
      await Promise.all([page.waitForNavigation(), page.click('#first-trial + dd .people a')]);
      expect(page.url()).toBe(`file://${out}/en/people.html#zinoviev`);
      expect(await inView('zinoviev')).toBe(true);
      expect(log.errors).toEqual([]);
      expect(log.failed).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
