import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

describe("the course's author", () => {
  it('may be given per language: each language’s title slide and site pages name it in that language', () => {
    const config = readFileSync(join(MINI_COURSE, 'course.yaml'), 'utf8').replace('author: "Test Lecturer"', 'author: {en: "Test course", ru: "Учебный курс"}');
    const course = miniCourseWith({ 'course.yaml': config });
    const out = join(tempDir(), 'out');
    const build = runCli(['build', course, '--out', out]);
    expect(build.status, build.stderr).toBe(0);
    const author = (page: string) => /class="author">([^<]*)</.exec(readFileSync(join(out, page), 'utf8'))?.[1];
    expect([author('en/01-demo/index.html'), author('en/index.html')]).toEqual(['Test course', 'Test course']);
    expect([author('ru/01-demo/index.html'), author('ru/index.html')]).toEqual(['Учебный курс', 'Учебный курс']);
  });
});
