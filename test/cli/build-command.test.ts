import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE, REPO, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

const GOLDEN = join(REPO, 'test/golden/mini-course');
const GOLDEN_FILES = ['index.html', 'en/01-demo/index.html', 'ru/01-demo/index.html', 'en/facts.html', 'ru/people.html', 'ru/glossary.html'];

describe('lectern build', () => {
  it('builds the decks, the course home and shared assets', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['build', MINI_COURSE, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^built 2 deck\(s\) into .* in \d+\.\d\d s\n$/);
    for (const file of ['index.html', 'en/01-demo/index.html', 'ru/01-demo/index.html', 'images/dot.png', 'assets/reveal/reveal.js', 'assets/themes/lectern.css', 'assets/fonts/pt-sans/files/pt-sans-cyrillic-400-normal.woff2', 'assets/katex/katex.min.css']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('href="en/01-demo/index.html"');
    expect(home).toContain('href="ru/01-demo/index.html"');
  });

  it('matches the golden files', () => {
    const out = join(tempDir(), 'out');
    expect(runCli(['build', MINI_COURSE, '--out', out]).status).toBe(0);
    for (const file of GOLDEN_FILES) {
      const actual = readFileSync(join(out, file), 'utf8');
      const golden = join(GOLDEN, file.replace(/\//g, '__'));
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, actual);
      expect(actual, file).toBe(readFileSync(golden, 'utf8'));
    }
  });

  it('is deterministic: two builds give byte-identical files', () => {
    const a = join(tempDir(), 'out');
    const b = join(tempDir(), 'out');
    runCli(['build', MINI_COURSE, '--out', a]);
    runCli(['build', MINI_COURSE, '--out', b]);
    expect(snapshotDir(a)).toEqual(snapshotDir(b));
  });

  it('builds only the languages asked for', () => {
    const out = join(tempDir(), 'out');
    expect(runCli(['build', MINI_COURSE, '--out', out, '--lang', 'ru']).status).toBe(0);
    expect(existsSync(join(out, 'ru/01-demo/index.html'))).toBe(true);
    expect(existsSync(join(out, 'en/01-demo/index.html'))).toBe(false);
  });

  describe('a broken course', () => {
    const broken: Record<string, [string, RegExp]> = {
      'unclosed fenced div': ['---\ntitle: T\n---\n\n## A\n\n::: notes\nSay.\n', /01-demo\.en\.md:7:1 error "::: notes" is never closed/],
      'missing image': ['---\ntitle: T\n---\n\n## A\n\n![map](images/map.png)\n', /01-demo\.en\.md:7:1 error image "images\/map\.png" not found/],
      'bad front matter': ['---\ntitle: [T\n---\n\n## A\n', /01-demo\.en\.md:2:8 error the list opened here with "\[" is not closed/],
      'front matter without title': ['---\nsubtitle: S\n---\n\n## A\n', /01-demo\.en\.md:2:1 error the front matter has no "title"/],
    };
    it.each(Object.entries(broken))('%s: file:line:col, exit 1, output untouched', (_name, [outline, message]) => {
      const course = miniCourseWith();
      const out = join(tempDir(), 'out');
      expect(runCli(['build', course, '--out', out]).status).toBe(0);
      const before = snapshotDir(out);
      writeFileSync(join(course, '01-demo.en.md'), outline);
      const result = runCli(['build', course, '--out', out]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/hint: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(snapshotDir(out)).toEqual(before);
      expect(existsSync(join(out, '..', '.out.staging-' + process.pid))).toBe(false);
    });
  });
});

describe('usage', () => {
  it('describes every option in --help', () => {
    const top = runCli(['--help']);
    expect(top.status).toBe(0);
    for (const command of ['build', 'check', 'new']) expect(top.stdout).toContain(command);
    const build = runCli(['build', '--help']).stdout;
    for (const option of ['--out', '--lang', '--source-texts', '--quiet']) expect(build).toContain(option);
  });

  it('exits 2 on an unknown option or a missing course', () => {
    expect(runCli(['build', '--colour']).status).toBe(2);
    const missing = runCli(['build', join(tempDir(), 'nowhere')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^lectern: no course at .*course\.yaml not found\n  hint: /);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a whole number of seconds, before writing anything', () => {
    for (const value of ['yesterday', '1.5', '-1', '99999999999999999']) {
      const out = join(tempDir(), 'out');
      const result = runCli(['pdf', MINI_COURSE, '--out', out], undefined, { SOURCE_DATE_EPOCH: value });
      expect(result.status, value).toBe(2);
      expect(result.stderr).toBe(`lectern: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "${value}"\n  hint: set it to a time such as $(git log -1 --format=%ct), or unset it\n`);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses an output folder that holds the course', () => {
    const course = miniCourseWith();
    const result = runCli(['build', course, '--out', join(course, '..')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/refusing to write the output/);
  });
});

describe('the default output', () => {
  /** Copies of the mini course under one parent folder. */
  function courses(...names: string[]): string[] {
    const parent = tempDir();
    return names.map((name) => {
      cpSync(MINI_COURSE, join(parent, name), { recursive: true });
      return join(parent, name);
    });
  }

  it('belongs to its course: two courses in one folder never share it', () => {
    const [alpha, beta] = courses('alpha', 'beta');
    expect(runCli(['build', alpha!]).status).toBe(0);
    const before = snapshotDir(join(alpha!, '_output'));
    expect(runCli(['build', beta!]).status).toBe(0);
    expect(existsSync(join(beta!, '_output/index.html'))).toBe(true);
    expect(snapshotDir(join(alpha!, '_output'))).toEqual(before);
  });

  it('is output/ beside a course folder named lectures; run inside a course folder, a command takes it as the course', () => {
    const [lectures, other] = courses('lectures', 'other');
    const inside = runCli(['build'], lectures);
    expect(inside.status, inside.stderr).toBe(0);
    expect(inside.stdout).toMatch(/into \.\.\/output in /);
    expect(existsSync(join(lectures!, '../output/index.html'))).toBe(true);
    expect(runCli(['build'], other).stdout).toMatch(/into _output in /);
    expect(runCli(['check'], other).stdout).toContain('4 quote(s) verified');
  });

  it('refuses to replace the output of another course unless --out names it', () => {
    const [lectures, other] = courses('lectures', 'other');
    const shared = join(lectures!, '..', 'output');
    expect(runCli(['build', other!, '--out', shared]).status).toBe(0);
    const before = snapshotDir(shared);
    const refused = runCli(['build', lectures!]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^lectern: refusing to write the output to .*output: it holds the output of another course\n  hint: pass --out .*output to replace it/);
    expect(snapshotDir(shared)).toEqual(before);
    expect(runCli(['build', lectures!, '--out', shared]).status).toBe(0);
  });
});

describe('lectern check', () => {
  it('passes the mini course and counts verified quotes', () => {
    const result = runCli(['check', MINI_COURSE]);
    expect(result.status).toBe(0);
    // Infos: 3 unverified quotes, 1 dispute, 1 unused fact, and the year typed by hand in each language's table.
    expect(result.stdout).toContain('0 errors, 0 warnings, 7 infos (lectern check --infos lists them)');
    expect(result.stdout).toContain('4 quote(s) verified, 3 unverified');
  });

  it('exits 1 and lists every problem, as JSON too', () => {
    const course = miniCourseWith({ '01-demo.en.md': '---\ntitle: T\n---\n\n## A\n\n{{date "first-trail"}} {{name "arrests"}}\n' });
    const text = runCli(['check', course]);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/01-demo\.en\.md:7:1 error unknown fact "first-trail" — did you mean "first-trial"\?/);
    const json = JSON.parse(runCli(['check', course, '--format', 'json']).stdout);
    expect(json).toMatchObject({ command: 'check', ok: false, lectures: 1 });
    expect(json.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toHaveLength(2);
    expect(json.diagnostics[0]).toMatchObject({ file: expect.stringContaining('01-demo.en.md'), start: { line: 7, column: 1 } });
  });
});
