import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../bench/generate-course.js';
import { CLI, MINI_COURSE as MINI, tempDir } from '../helpers/paths.js';
import { pdfInfo } from '../helpers/pdf-tools.js';
import { commandLine, isRunning, processesMentioning, processTree } from '../helpers/processes.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

/**
 * Each run gets its own TMPDIR, where Puppeteer puts the browser's temporary
 * profile: afterwards that folder must be empty and no process may mention it.
 */
function privateTmp(): string {
  const dir = join(tempDir(), 'tmp');
  mkdirSync(dir);
  return dir;
}

function expectNothingLeft(tmp: string): void {
  expect(readdirSync(tmp)).toEqual([]);
  expect(processesMentioning(tmp)).toEqual([]);
}

let course: string;
let out: string;
/** The home folder of the first run, which the browser must leave as it found it. */
let home: string;

beforeAll(() => {
  course = generateCourse(join(tempDir(), 'course'), { lectures: 1, slides: 200, facts: 200 });
  out = join(tempDir(), 'out');
  const tmp = privateTmp();
  home = privateTmp();
  const env = { ...process.env, TMPDIR: tmp, HOME: home, XDG_CONFIG_HOME: undefined, XDG_CACHE_HOME: undefined, XDG_DATA_HOME: undefined };
  const result = spawnSync(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en'], { encoding: 'utf8', env });
  expect(result.status, result.stderr).toBe(0);
  expectNothingLeft(tmp);
});

const pdfs = () => Object.fromEntries(Object.entries(snapshotDir(out)).filter(([path]) => path.endsWith('.pdf')));

describe('the browser of a PDF export', () => {
  it('leaves no process and no profile after a normal run', () => {
    expect(Object.keys(pdfs())).toEqual(['en/01-lecture/handout-student.pdf', 'en/01-lecture/handout.pdf', 'en/01-lecture/slides.pdf']);
  });

  it('writes nothing into the home folder but Lectern\'s own compiled code, in the user cache', () => {
    // The browser's caches and settings go into its profile; the compiled program is kept by design (see README, Design).
    expect(Object.keys(snapshotDir(home)).filter((path) => !path.startsWith('.cache/lectern/compile-cache/'))).toEqual([]);
  });

  it('leaves none after a failed run, and the earlier PDFs stay', () => {
    const tmp = privateTmp();
    const result = spawnSync(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en', '--timeout', '1'], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^lectern: printing en\/01-lecture\/\S+\.pdf took longer than 1 s\n  hint: /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expectNothingLeft(tmp);
    for (const file of Object.keys(pdfs())) expect(Number(pdfInfo(join(out, file)).Pages)).toBeGreaterThan(0);
  });

  it('leaves none after SIGINT in the middle of an export, and the output exactly as it was', async () => {
    const before = snapshotDir(out);
    const tmp = privateTmp();
    const child = spawn(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en'], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the browser prints (a page is open), then interrupt.
    await until(() => processTree(child.pid!).some((p) => commandLine(p).includes('--type=renderer')));
    await new Promise((r) => setTimeout(r, 300));
    const tree = processTree(child.pid!);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/lectern: stopped by SIGINT; \S*out is left as it was\n$/);
    expectNothingLeft(tmp);
    expect(tree.filter(isRunning)).toEqual([]);
    expect(snapshotDir(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((f) => f.startsWith('.out.'))).toEqual([]);
  });

  it('names what to install when no browser is found', () => {
    const result = spawnSync(process.execPath, [CLI, 'pdf', course, '--out', join(tempDir(), 'out'), '--browser', '/nonexistent/chrome'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('lectern: no browser at /nonexistent/chrome\n  hint: pass --browser with the path of a Chrome, Chromium or Edge executable\n');
  });
});

/** A "browser" that makes its profile, then hangs without ever answering, as a stuck Chromium does. */
function hangingBrowser(): string {
  const script = join(tempDir(), 'hanging-browser');
  writeFileSync(script, '#!/bin/sh\nfor a in "$@"; do case "$a" in --user-data-dir=*) echo x > "${a#--user-data-dir=}/Local State";; esac; done\nexec sleep 600\n');
  chmodSync(script, 0o755);
  return script;
}

async function until(check: () => boolean, timeoutMs = 90_000): Promise<void> {
  for (const start = Date.now(); !check(); await new Promise((r) => setTimeout(r, 25))) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
  }
}

describe('signals and kills while the browser starts', () => {
  it('SIGINT while the browser hangs at start: exit 130 at once, the browser and its profile gone, the output as it was', async () => {
    const before = snapshotDir(out);
    const tmp = privateTmp();
    const child = spawn(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en', '--browser', hangingBrowser()], {
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(() => processTree(child.pid!).some((p) => commandLine(p).startsWith('sleep 600')));
    const tree = processTree(child.pid!);
    const start = Date.now();
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(stderr).toMatch(/lectern: stopped by SIGINT; \S*out is left as it was\n$/);
    expect(tree.filter(isRunning)).toEqual([]);
    expectNothingLeft(tmp);
    expect(snapshotDir(out)).toEqual(before);
  });

  it('SIGINT between the build and the browser start is honoured: exit 130, nothing left, the output as it was', async () => {
    const before = snapshotDir(out);
    for (const delay of [0, 150]) {
      const tmp = privateTmp();
      const site = statSync(out).ino;
      const child = spawn(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en'], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // The moment the HTML is done: the browser is about to start (its profile appears), or the site was put in place.
      await until(() => readdirSync(tmp).length > 0 || statSync(out, { throwIfNoEntry: false })?.ino !== site, 60_000);
      await new Promise((r) => setTimeout(r, delay));
      const tree = processTree(child.pid!);
      const sent = Date.now();
      child.kill('SIGINT');
      expect(await exited, `SIGINT ${delay} ms after the HTML was done`).toBe(130);
      // At once: not by the 10 s fallback that ends a command that does not stop.
      expect(Date.now() - sent).toBeLessThan(5000);
      await until(() => processTree(child.pid!).length === 0 && tree.every((p) => !isRunning(p)), 5000);
      expectNothingLeft(tmp);
      expect(snapshotDir(out)).toEqual(before);
    }
  });

  it('kill -9 of Lectern takes its browser along; the next run removes the profile left behind', async () => {
    const before = snapshotDir(out);
    const tmp = privateTmp();
    const child = spawn(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en'], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Killed once the output is being staged and the browser has a page (it opens its first while the site is built).
    const stage = join(dirname(out), `.${basename(out)}.staging-${child.pid}`);
    await until(() => existsSync(stage) && processTree(child.pid!).some((p) => commandLine(p).includes('--type=renderer')));
    const tree = processTree(child.pid!);
    expect(tree.length).toBeGreaterThan(2);
    child.kill('SIGKILL');
    await exited;
    await until(() => tree.every((p) => !isRunning(p)), 10_000).catch(() => {});
    expect(tree.filter(isRunning).map(commandLine)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([expect.stringMatching(new RegExp(`^lectern-chromium-${child.pid}-`))]);
    // A browser that does not start: the stale profile goes, the site stays as it was, and the killed build's leftovers are reported.
    const next = spawnSync(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en', '--browser', '/bin/false'], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
    expect(next.status).toBe(2);
    expect(next.stderr).toMatch(/lectern: removed \S*\.out\.staging-\d+: the unfinished output of a command that was killed\n/);
    expect(next.stderr).toMatch(/lectern: the browser at \/bin\/false did not start: .*\n  hint: /);
    expect(readdirSync(tmp)).toEqual([]);
    expect(snapshotDir(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((f) => f.startsWith('.out.'))).toEqual([]);
  });
});

describe('a missing browser', () => {
  it('changes nothing: no site replaced, no PDF linked', () => {
    const dir = join(tempDir(), 'out');
    expect(spawnSync(process.execPath, [CLI, 'build', course, '--out', dir, '--lang', 'en'], { encoding: 'utf8' }).status).toBe(0);
    const before = snapshotDir(dir);
    for (const env of [{ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' }, {}]) {
      const args = Object.keys(env).length ? [] : ['--browser', '/nonexistent/chrome'];
      const result = spawnSync(process.execPath, [CLI, 'pdf', course, '--out', dir, '--lang', 'en', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
      expect(result.status).toBe(2);
      expect(snapshotDir(dir)).toEqual(before);
    }
    expect(existsSync(join(dir, 'en/01-lecture/slides.pdf'))).toBe(false);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('slides.pdf');
  });
});

describe('a browser that dies in the middle of an export', () => {
  it('is a clear error, leaves nothing behind, and the earlier PDFs stay', async () => {
    const tmp = privateTmp();
    const child = spawn(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en'], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Once a page renders, the browser is printing.
    await until(() => processTree(child.pid!).some((p) => commandLine(p).includes('--type=renderer')));
    await new Promise((r) => setTimeout(r, 400));
    const browser = processesMentioning(tmp);
    expect(browser.length).toBeGreaterThan(0);
    for (const line of browser) process.kill(Number(line.split(' ')[0]), 'SIGKILL');
    expect(await exited).toBe(2);
    expect(stderr).toMatch(/lectern: the browser stopped while printing en\/01-lecture\/\S+\.pdf\n  hint: /);
    expect(stderr).not.toMatch(/\n\s+at /);
    await new Promise((r) => setTimeout(r, 200));
    expect(processesMentioning(tmp)).toEqual([]);
    for (const file of Object.keys(pdfs())) expect(Number(pdfInfo(join(out, file)).Pages)).toBeGreaterThan(0);
  });
});

describe('reproducible PDFs', () => {
  it('are byte-identical across runs when SOURCE_DATE_EPOCH is set', () => {
    const run = () => {
      const dir = join(tempDir(), 'out');
      const result = spawnSync(process.execPath, [CLI, 'pdf', MINI, '--out', dir, '--lang', 'ru'], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
      expect(result.status, result.stderr).toBe(0);
      return snapshotDir(dir);
    };
    const first = run();
    expect(run()).toEqual(first);
  });
});
