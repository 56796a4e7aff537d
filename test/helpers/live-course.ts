import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from '../../src/build.js';
import { LiveSite, type FileChange, type RebuildOptions } from '../../src/watch/live-site.js';
import { miniCourseWith } from './course-files.js';
import { tempDir } from './paths.js';
import { snapshotDir } from './snapshot-dir.js';

/** The mini course with a second lecture, in English only, that uses the term "show-trial" and no other fact. */
export const SECOND = '---\ntitle: "Terms"\n---\n\n## A term\n\n{{fact "show-trial"}}\n';

/** A live site of the mini course (with SECOND and `files`), and `edit`, which changes a file and rebuilds. */
export async function openSite(files: Record<string, string> = {}, options: RebuildOptions = {}) {
  const course = miniCourseWith({ '02-terms.en.md': SECOND, ...files });
  const site = await LiveSite.open({ course, out: join(course, '..', 'output') });
  const edit = async (path: string, change: (text: string) => string, event: FileChange['event'] = 'change') => {
    const file = join(course, path);
    if (event === 'unlink') rmSync(file);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, change(existsSync(file) ? readFileSync(file, 'utf8') : ''));
    }
    return (await site.rebuild([{ path: file, event }], options))!;
  };
  return { course, site, edit };
}

/** The output a one-off build of the course makes now. */
export async function fullBuild(course: string): Promise<Record<string, string>> {
  const out = join(tempDir(), 'out');
  await build({ course, out });
  return snapshotDir(out);
}
