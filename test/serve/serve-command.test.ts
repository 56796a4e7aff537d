import { createServer } from 'node:net';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { runCli } from '../helpers/run-cli.js';
import { spawnCli } from '../helpers/spawn-cli.js';

describe('lectern serve and build --watch', { timeout: 120_000 }, () => {
  it('build --watch builds, rebuilds a change, and exits 0 on SIGTERM', async () => {
    const course = miniCourseWith();
    const cli = spawnCli(['build', course, '--watch']);
    try {
      await cli.waitFor(/watching .* for changes/);
      expect(cli.stdout()).toMatch(/^built 2 deck\(s\) into .* in \d+\.\d\d s\n/);
      const outline = join(course, '01-demo.ru.md');
      writeFileSync(outline, readFileSync(outline, 'utf8').replace('## Цитата', '## Цитаты'));
      await cli.waitFor(/01-demo\.ru\.md changed: recompiled 1 lecture, wrote \d+ files? \(\d+ ms\)/);
      writeFileSync(outline, `${readFileSync(outline, 'utf8')}\n{{date "nowhere"}}\n`);
      await cli.waitFor(/01-demo\.ru\.md:\d+:1 error unknown fact "nowhere"/);
      expect(cli.stdout()).toMatch(/1 error; the last good output stays/);
      // The rebuild's line counts the errors; the list beneath it does not count them again.
      expect(`${cli.stdout()}${cli.stderr()}`.match(/(?<!:)\b1 error\b/g), cli.stdout() + cli.stderr()).toHaveLength(1);
      expect(cli.stderr()).not.toMatch(/0 infos/);
    } finally {
      expect(await cli.stop('SIGTERM')).toBe(0);
    }
    expect(cli.stderr()).not.toMatch(/\n\s+at /);
  });

  it('warns when --host makes the preview reachable from other machines', async () => {
    const cli = spawnCli(['serve', miniCourseWith(), '--host', '0.0.0.0', '--port', '0']);
    try {
      await cli.waitFor(/serving .* at http:\/\/0\.0\.0\.0:\d+\//);
      await cli.waitFor(/warning: --host 0\.0\.0\.0 makes the preview reachable from other machines/, 5000);
    } finally {
      expect(await cli.stop('SIGINT')).toBe(0);
    }
    const local = spawnCli(['serve', miniCourseWith(), '--port', '0']);
    try {
      await local.waitFor(/serving .* at http:\/\/127\.0\.0\.1:\d+\//);
    } finally {
      expect(await local.stop('SIGINT')).toBe(0);
    }
    expect(local.stderr()).not.toMatch(/reachable from other machines/);
  });

  it('serve exits 0 on SIGINT', async () => {
    const cli = spawnCli(['serve', miniCourseWith(), '--port', '0']);
    await cli.waitFor(/serving .* at http:\/\/127\.0\.0\.1:\d+\//);
    expect(await cli.stop('SIGINT')).toBe(0);
  });

  it.each([
    ['a link loop', (course: string) => symlinkSync('.', join(course, 'images', 'loop'))],
    ['a link to a large folder outside', (course: string) => symlinkSync('/usr', join(course, 'usr'))],
  ])('serves a course holding %s: address first, watching, and SIGINT ends it', async (_, link) => {
    const course = miniCourseWith();
    link(course);
    const cli = spawnCli(['serve', course, '--port', '0']);
    try {
      await cli.waitFor(/serving .* at http:\/\/127\.0\.0\.1:\d+\//);
      await cli.waitFor(/watching .* for changes/, 30_000);
      expect(cli.stdout().indexOf('serving')).toBeLessThan(cli.stdout().indexOf('watching'));
      // It still sees what the course reads.
      const outline = join(course, '01-demo.en.md');
      writeFileSync(outline, readFileSync(outline, 'utf8').replace(/## Columns.*/, '## Columns seen'));
      await cli.waitFor(/01-demo\.en\.md changed/);
    } finally {
      const started = Date.now();
      expect(await cli.stop('SIGINT')).toBe(0);
      expect(Date.now() - started).toBeLessThan(3000);
    }
    expect(cli.stderr()).not.toMatch(/error|ELOOP|\n\s+at /i);
  });

  it('writes the output again when it is deleted while serving', async () => {
    const course = miniCourseWith();
    const cli = spawnCli(['serve', course, '--port', '0', '--out', join(course, '..', 'site')]);
    try {
      await cli.waitFor(/watching .* for changes/);
      const home = join(course, '..', 'site', 'index.html');
      expect(existsSync(home)).toBe(true);
      rmSync(join(course, '..', 'site'), { recursive: true });
      // Once it says it wrote the output again, every page is there (the home page may come back before the decks).
      await cli.waitFor(/the output \S*site was deleted: wrote \d+ files/);
      expect(existsSync(home)).toBe(true);
      expect(existsSync(join(course, '..', 'site', 'en', '01-demo', 'index.html'))).toBe(true);
    } finally {
      expect(await cli.stop('SIGINT')).toBe(0);
    }
  });

  it('says so when the port is in use: exit 2, no stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const result = runCli(['serve', miniCourseWith(), '--port', String(port)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`lectern: port ${port} on 127.0.0.1 is in use\n  hint: pass another --port, or --port 0 for any free port\n`);
    } finally {
      blocker.close();
    }
  });

  it('refuses a bad port and a missing course with exit 2', () => {
    expect(runCli(['serve', miniCourseWith(), '--port', 'eighty']).status).toBe(2);
    const missing = runCli(['serve', '/nowhere/course', '--port', '0']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^lectern: no course at \/nowhere\/course: course\.yaml not found\n/);
  });

  it('describes its options in --help', () => {
    const help = runCli(['serve', '--help']).stdout;
    for (const option of ['--host', '--port', '--open', '--out', '--lang']) expect(help).toContain(option);
    expect(runCli(['build', '--help']).stdout).toContain('--watch');
  });
});
