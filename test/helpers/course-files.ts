import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MINI_COURSE, tempDir } from './paths.js';

/** A copy of the mini course in a temporary folder, with some files replaced or added. */
export function miniCourseWith(files: Record<string, string> = {}): string {
  const root = join(tempDir(), 'course');
  cpSync(MINI_COURSE, root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The mini course, with the first trial naming Zinoviev under people:, and an outline using the person filters. */
export function courseWithPeople(outline = '{{timeline person="zinoviev"}}'): string {
  const facts = readFileSync(join(MINI_COURSE, 'facts/trials.yaml'), 'utf8').replace('  tags: [trials]\n', '  tags: [trials]\n  people: [zinoviev]\n');
  return miniCourseWith({ 'facts/trials.yaml': facts, '01-demo.en.md': `---\ntitle: People\n---\n\n## Zinoviev\n\n${outline}\n` });
}
