import { existsSync } from 'node:fs';
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

  it('refuses to overwrite, with exit 2', () => {
    const dir = tempDir();
    runCli(['new', 'c'], dir);
    const again = runCli(['new', 'c'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
