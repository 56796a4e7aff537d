import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

describe('lectern new', () => {
  it('scaffolds a course that builds, then a lecture in it', () => {
    const dir = tempDir();
    const created = runCli(['new', 'my-course'], dir);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('created my-course/course.yaml');
    const course = join(dir, 'my-course');
    expect(runCli(['build', course, '--out', join(dir, 'out')]).status).toBe(0);
    expect(existsSync(join(dir, 'out/en/01-introduction/index.html'))).toBe(true);

    const lecture = runCli(['new', '02-second-steps', '--course', course]);
    expect(lecture.status, lecture.stderr).toBe(0);
    expect(existsSync(join(course, '02-second-steps.en.md'))).toBe(true);
    expect(runCli(['check', course]).status).toBe(0);
  });

  it('writes a new lecture in every language of the course, with nothing it depends on, whatever its name\'s spelling', () => {
    const dir = tempDir();
    runCli(['new', 'zellbiologie'], dir);
    const course = join(dir, 'zellbiologie');
    writeFileSync(join(course, 'course.yaml'), readFileSync(join(course, 'course.yaml'), 'utf8').replace('languages: [en]', 'languages: [de, en]'));
    // The course's own facts replace the example ones: a new lecture must not rely on them.
    rmSync(join(course, 'facts/example.yaml'));
    rmSync(join(course, '01-introduction.en.md'));
    const lecture = runCli(['new', '03 Zellteilung'], course);
    expect(lecture.status, lecture.stderr).toBe(0);
    expect(lecture.stdout).toBe('created 03 Zellteilung.de.md\ncreated 03 Zellteilung.en.md\nnext: write the slides, and watch them take shape with lectern serve .\n');
    expect(readFileSync(join(course, '03 Zellteilung.de.md'), 'utf8')).toMatch(/^---\ntitle: "Zellteilung"\nlang: de\n/);
    expect(existsSync(join(course, '03 Zellteilung', 'course.yaml'))).toBe(false);
    const check = runCli(['check', course]);
    expect(check.stdout).toContain('0 errors');
  });

  it('says what to do next after scaffolding a course', () => {
    const created = runCli(['new', 'my-course'], tempDir());
    expect(created.stdout).toMatch(/\nnext: lectern build my-course, then open my-course\/_output\/index.html\n$/);
  });

  it('refuses to make a course inside a course, and says how a lecture is named', () => {
    const dir = tempDir();
    runCli(['new', 'zellbiologie'], dir);
    const course = join(dir, 'zellbiologie');
    const nested = runCli(['new', 'zellteilung'], course);
    expect(nested.status).toBe(2);
    expect(nested.stderr).toMatch(/"zellteilung" would be a new course inside the course .*zellbiologie\n\s+hint: a new lecture's name starts with its number, like 03-zellteilung/);
    expect(existsSync(join(course, 'zellteilung'))).toBe(false);
  });

  it('refuses to overwrite, with exit 2', () => {
    const dir = tempDir();
    runCli(['new', 'c'], dir);
    const again = runCli(['new', 'c'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
