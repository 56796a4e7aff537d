import { readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { describe, expect, it } from 'vitest';
import { LiveSite, type RebuildReport } from '../../src/watch/live-site.js';
import { watchCourse } from '../../src/watch/watch-course.js';
import { miniCourseWith } from '../helpers/course-files.js';

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await sleep(10);
  }
}

describe('watchCourse', () => {
  it('rebuilds once after a burst of saves, and picks up a new file', async () => {
    const course = miniCourseWith();
    const site = await LiveSite.open({ course, out: join(course, '..', 'output') });
    const reports: RebuildReport[] = [];
    const failures: unknown[] = [];
    const watcher = watchCourse(site, { onRebuild: (r) => reports.push(r), onFailure: (e) => failures.push(e), quietMs: 200 });
    await watcher.ready;
    try {
      const outline = join(course, '01-demo.en.md');
      for (let i = 1; i <= 5; i++) {
        writeFileSync(outline, readFileSync(outline, 'utf8').replace(/## Columns.*/, `## Columns ${i}`));
        await sleep(5);
      }
      await until(() => reports.length > 0);
      await sleep(150);
      expect(reports).toHaveLength(1);
      expect(reports[0]!.recompiled).toEqual(['01-demo.en.md']);
      expect(readFileSync(join(site.outDir, 'en/01-demo/index.html'), 'utf8')).toContain('Columns\u00a05'); // typeset: a short last number is bound to its word

      writeFileSync(join(course, '02-new.en.md'), '---\ntitle: "New"\n---\n\n## New slide\n');
      await until(() => reports.length > 1);
      expect(reports[1]!.recompiled).toEqual(['02-new.en.md']);
      expect(reports[1]!.written).toContain('en/02-new/index.html');
      expect(failures).toEqual([]);
    } finally {
      await watcher.close();
    }
  });

  it('with the default quiet window, an editor\'s save is one rebuild: written in place in two steps, or by a backup and a rename', async () => {
    const course = miniCourseWith();
    const site = await LiveSite.open({ course, out: join(course, '..', 'output') });
    const reports: RebuildReport[] = [];
    const watcher = watchCourse(site, { onRebuild: (r) => reports.push(r), onFailure: () => {} });
    await watcher.ready;
    try {
      const outline = join(course, '01-demo.en.md');
      const page = join(site.outDir, 'en/01-demo/index.html');
      const saves: Array<(text: string) => void> = [
        // Emptied, then written (as editors that write in place do).
        (text) => {
          truncateSync(outline);
          writeFileSync(outline, text);
        },
        // The old file kept as a backup, the new one written, the backup removed (as vim does).
        (text) => {
          renameSync(outline, `${outline}~`);
          writeFileSync(outline, text);
          rmSync(`${outline}~`);
        },
        // Written beside and renamed over it.
        (text) => {
          writeFileSync(`${outline}.tmp`, text);
          renameSync(`${outline}.tmp`, outline);
        },
      ];
      for (const [i, save] of saves.entries()) {
        const before = reports.length;
        save(readFileSync(outline, 'utf8').replace(/## Columns.*/, `## Columns, save ${i}`));
        await until(() => readFileSync(page, 'utf8').includes(`Columns, save\u00a0${i}`));
        await sleep(300);
        expect(reports.slice(before).map((r) => ({ ok: r.ok, recompiled: r.recompiled }))).toEqual([{ ok: true, recompiled: ['01-demo.en.md'] }]);
      }
    } finally {
      await watcher.close();
    }
  });

  it('does not miss a save that follows the previous one closely', async () => {
    const course = miniCourseWith();
    const site = await LiveSite.open({ course, out: join(course, '..', 'output') });
    const reports: RebuildReport[] = [];
    const watcher = watchCourse(site, { onRebuild: (r) => reports.push(r), onFailure: () => {}, quietMs: 5 });
    await watcher.ready;
    try {
      const outline = join(course, '01-demo.en.md');
      const page = join(site.outDir, 'en/01-demo/index.html');
      for (let i = 1; i <= 3; i++) {
        const before = reports.length;
        writeFileSync(outline, readFileSync(outline, 'utf8').replace(/## Columns.*/, `## Columns ${i}a`));
        await until(() => reports.length > before);
        writeFileSync(outline, readFileSync(outline, 'utf8').replace(/## Columns.*/, `## Columns ${i}b`));
        await until(() => readFileSync(page, 'utf8').includes(`Columns ${i}b`));
      }
    } finally {
      await watcher.close();
    }
  });

  it('closes a watcher that fails, and says so', async () => {
    const course = miniCourseWith();
    const site = await LiveSite.open({ course, out: join(course, '..', 'output') });
    let fake: (FSWatcher & { closed?: boolean }) | undefined;
    const errors: Error[] = [];
    const watcher = watchCourse(site, {
      onRebuild: () => {},
      onFailure: () => {},
      onWatchError: (e) => errors.push(e),
      watch: (paths, options) => {
        fake = chokidarWatch(paths, options);
        const close = fake.close.bind(fake);
        fake.close = async () => {
          fake!.closed = true;
          return close();
        };
        return fake;
      },
    });
    await watcher.ready;
    fake!.emit('error', Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' }));
    await until(() => errors.length > 0);
    expect(errors[0]!.message).toMatch(/ENOSPC/);
    expect(fake!.closed).toBe(true);
    await watcher.close();
  });

  it('a watcher that cannot start is closed and its promise rejects', async () => {
    const course = miniCourseWith();
    const site = await LiveSite.open({ course, out: join(course, '..', 'output') });
    let fake: (FSWatcher & { closed?: boolean }) | undefined;
    const watcher = watchCourse(site, {
      onRebuild: () => {},
      onFailure: () => {},
      watch: (paths, options) => {
        fake = chokidarWatch([], options);
        fake.close = async () => void (fake!.closed = true);
        setTimeout(() => fake!.emit('error', new Error('ELOOP: too many symbolic links')), 10);
        return fake;
      },
    });
    await expect(watcher.ready).rejects.toThrow(/ELOOP/);
    expect(fake!.closed).toBe(true);
  });
});
