import { get } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/live.js';
import type { LiveEvent } from '../../src/serve/live-event.js';
import { miniCourseWith } from '../helpers/course-files.js';

/** Listens to the server's events as a page does; `next(name)` resolves with the next event of that name. */
function listen(url: string) {
  const seen: Array<{ name: string; data: LiveEvent }> = [];
  const waiting: Array<() => void> = [];
  const request = get(`${url}__lectern/events`, (res) => {
    let buffer = '';
    res.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (\w+)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (name && data) seen.push({ name, data: JSON.parse(data) as LiveEvent });
        waiting.splice(0).forEach((wake) => wake());
      }
    });
  });
  const next = async (name: string, count = 1): Promise<LiveEvent[]> => {
    while (seen.filter((e) => e.name === name).length < count) await new Promise<void>((wake) => waiting.push(wake));
    return seen.filter((e) => e.name === name).map((e) => e.data);
  };
  return { next, close: () => request.destroy() };
}

describe('the events of a served course', () => {
  it('an outline edit is announced in two events, the deck first; a page connecting after them is told every file of the version it missed', async () => {
    const course = miniCourseWith();
    const live = await serve({ course, out: join(course, '..', 'output'), port: 0 });
    try {
      await live.ready;
      const page = listen(live.url!);
      const [status] = await page.next('status');
      const outline = join(course, '01-demo.en.md');
      writeFileSync(outline, readFileSync(outline, 'utf8').replace('## The trial {', '## The trial in Moscow {'));
      const builds = await page.next('build', 2);
      expect(builds.map((b) => ({ version: b.version, files: b.files }))).toEqual([
        { version: status!.version + 1, files: ['en/01-demo/index.html'] },
        { version: status!.version + 2, files: ['en/facts.html', 'en/people.html', 'en/search-index.js'] },
      ]);
      page.close();

      const later = listen(live.url!);
      const [now] = await later.next('status');
      expect(now).toMatchObject({ version: status!.version + 2, ok: true, files: ['en/facts.html', 'en/people.html', 'en/search-index.js'] });

      // An edit of the deck alone: the end of its rebuild would tell nothing new and is not sent; the status still names the deck.
      writeFileSync(outline, readFileSync(outline, 'utf8').replace('{.smaller background', '{.smaller .dense background'));
      const more = await later.next('build', 1);
      expect(more.map((b) => ({ version: b.version, files: b.files }))).toEqual([{ version: status!.version + 3, files: ['en/01-demo/index.html'] }]);
      while (!live.last.decksFirst || live.last.version !== status!.version + 3) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 50));
      expect((await later.next('build', 1)).length).toBe(1);
      later.close();
      const last = listen(live.url!);
      expect((await last.next('status'))[0]).toMatchObject({ version: status!.version + 3, files: ['en/01-demo/index.html'] });
      last.close();
    } finally {
      await live.close();
    }
  });
});
