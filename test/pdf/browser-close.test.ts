import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';
import { commandLine, processTree } from '../helpers/processes.js';

/** What this test process runs and keeps of browsers: Chromium processes and Lectern's profiles. */
function browserLeftovers(): string[] {
  const processes = processTree(process.pid)
    .map(commandLine)
    .filter((line) => /chrom/i.test(line.split(' ')[0] ?? ''));
  const profiles = readdirSync(tmpdir()).filter((name) => name.startsWith(`lectern-chromium-${process.pid}-`));
  return [...processes, ...profiles];
}

describe('closing the browser', () => {
  it('a close called while another is under way returns once the browser and its profile are gone', async () => {
    const session = new BrowserSession(await findBrowser());
    await session.withPage(async (page) => page.setContent('<p>Printed.</p>'));
    expect(browserLeftovers()).not.toEqual([]);
    const first = session.close();
    const second = session.close();
    // One shutdown, which every caller waits for: a second never returns before the first is done.
    expect(second).toBe(first);
    await second;
    expect(browserLeftovers()).toEqual([]);
  });
});
