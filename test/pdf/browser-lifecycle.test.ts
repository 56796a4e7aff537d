import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../bench/generate-course.js';
import { CLI, MINI_COURSE as MINI, tempDir } from '../helpers/paths.js';
import { pdfInfo } from '../helpers/pdf-tools.js';
import { processesMentioning } from '../helpers/processes.js';
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
let firstPdfs: Record<string, string>;

beforeAll(() => {
  course = generateCourse(join(tempDir(), 'course'), { lectures: 1, slides: 200, facts: 200 });
  out = join(tempDir(), 'out');
  const tmp = privateTmp();
  const result = spawnSync(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
  expect(result.status, result.stderr).toBe(0);
  expectNothingLeft(tmp);
  firstPdfs = snapshotDir(out);
});

const pdfs = () => Object.fromEntries(Object.entries(snapshotDir(out)).filter(([path]) => path.endsWith('.pdf')));

describe('the browser of a PDF export', () => {
  it('leaves no process and no profile after a normal run', () => {
    expect(Object.keys(pdfs())).toEqual(['en/01-lecture/handout-student.pdf', 'en/01-lecture/handout.pdf', 'en/01-lecture/slides.pdf']);
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

  it('leaves none after SIGINT in the middle of an export, and the earlier PDFs stay whole', async () => {
    const before = pdfs();
    const tmp = privateTmp();
    const child = spawn(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en'], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the browser runs (its profile appears), then interrupt.
    for (let i = 0; i < 200 && readdirSync(tmp).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(tmp).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expectNothingLeft(tmp);
    for (const [file, hash] of Object.entries(pdfs())) {
      expect(Number(pdfInfo(join(out, file)).Pages)).toBeGreaterThan(0);
      if (hash !== before[file]) expect(firstPdfs[file]).toBeDefined();
    }
    expect(readdirSync(join(out, 'en/01-lecture')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names what to install when no browser is found', () => {
    const result = spawnSync(process.execPath, [CLI, 'pdf', course, '--out', join(tempDir(), 'out'), '--browser', '/nonexistent/chrome'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('lectern: no browser at /nonexistent/chrome\n  hint: pass --browser with the path of a Chromium or Chrome executable\n');
  });
});

describe('a browser that dies in the middle of an export', () => {
  it('is a clear error, leaves nothing behind, and the earlier PDFs stay', async () => {
    const tmp = privateTmp();
    const child = spawn(process.execPath, [CLI, 'pdf', course, '--out', out, '--lang', 'en'], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 200 && processesMentioning(tmp).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 400));
    for (const line of processesMentioning(tmp)) process.kill(Number(line.split(' ')[0]), 'SIGKILL');
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
