import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';
import { tempDir } from '../helpers/paths.js';
import { commandLine, processesMentioning, processTree } from '../helpers/processes.js';

/** The kinds of Chromium process running under this test now: `browser`, `renderer`, `utility:network.mojom.NetworkService`, … */
function chromiumKinds(): string[] {
  return processTree(process.pid)
    .map(commandLine)
    .filter((line) => /chrom/i.test(line.split(' ')[0] ?? ''))
    .map((line) => {
      const type = /--type=([\w-]+)/.exec(line)?.[1];
      if (!type) return 'browser';
      return type === 'utility' ? `utility:${/--utility-sub-type=([\w.-]+)/.exec(line)?.[1]}` : type;
    })
    .sort();
}

let session: BrowserSession;
let page: string;

beforeAll(async () => {
  session = new BrowserSession(await findBrowser());
  page = join(tempDir(), 'page.html');
  writeFileSync(page, '<!doctype html><title>t</title><p>Printed.</p>');
});

afterAll(() => session.close());

describe('the browser of a command', () => {
  it('runs one renderer for one page, and no GPU, network or spare process', async () => {
    const kinds = await session.withPage(async (tab) => {
      await tab.goto(pathToFileURL(page).href);
      await tab.pdf();
      return chromiumKinds();
    });
    expect(kinds.filter((k) => k === 'renderer')).toHaveLength(1);
    expect(kinds).not.toContain('gpu-process');
    expect(kinds).not.toContain('utility:network.mojom.NetworkService');
    expect(kinds.filter((k) => k === 'browser')).toHaveLength(1);
  });

  it('opens a new page after its last page closed', async () => {
    const text = await session.withPage(async (tab) => {
      await tab.goto(pathToFileURL(page).href);
      return tab.evaluate(() => document.body.textContent);
    });
    expect(text).toBe('Printed.');
  });
});

describe('closing a session', () => {
  it('leaves no Chromium process and no profile, once close() has resolved', async () => {
    const closing = new BrowserSession(await findBrowser());
    const profile = await closing.withPage(async (tab) => {
      await tab.goto(pathToFileURL(page).href);
      const args = tab.browser().process()?.spawnargs ?? [];
      return args.find((a) => a.startsWith('--user-data-dir='))!.slice('--user-data-dir='.length);
    });
    expect(processesMentioning(profile).length).toBeGreaterThan(0);
    await closing.close();
    expect(processesMentioning(profile)).toEqual([]);
    expect(existsSync(profile)).toBe(false);
  });
});
