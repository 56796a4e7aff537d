import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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
    const watcher = await watchCourse(site, { onRebuild: (r) => reports.push(r), onFailure: (e) => failures.push(e), quietMs: 40 });
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

  it('does not miss a save that follows the previous one closely', async () => {
    const course = miniCourseWith();
    const site = await LiveSite.open({ course, out: join(course, '..', 'output') });
    const reports: RebuildReport[] = [];
    const watcher = await watchCourse(site, { onRebuild: (r) => reports.push(r), onFailure: () => {}, quietMs: 5 });
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
});
