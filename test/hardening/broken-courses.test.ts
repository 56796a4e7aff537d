import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

/**
 * A corpus of broken courses, test/fixtures/broken/<case>/: `lectern check .`
 * run inside each prints exactly its expected.txt and exits with its
 * expected-exit.txt; `lectern build` exits the same way. Nothing may crash:
 * no stack trace, no "unexpected failure", only exit codes 0, 1 and 2.
 * UPDATE_GOLDEN=1 rewrites the expected files.
 */

const BROKEN = join(FIXTURES, 'broken');
const CASES = readdirSync(BROKEN, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const CRASH = /\n\s+at .*\(|\b(TypeError|ReferenceError|RangeError|SyntaxError|URIError)\b|unexpected failure|FATAL ERROR/;

function expectNoCrash(result: CliResult): void {
  expect(result.stdout).not.toMatch(CRASH);
  expect(result.stderr).not.toMatch(CRASH);
  expect([0, 1, 2]).toContain(result.status);
}

const errorLines = (text: string) => text.split('\n').filter((l) => / error .* \[[\w-]+\]$/.test(l));

describe.each(CASES)('broken course "%s"', (name) => {
  const dir = join(BROKEN, name);
  const expectedFile = join(dir, 'expected.txt');
  const exitFile = join(dir, 'expected-exit.txt');

  it('check prints its expected diagnostics and exit code', () => {
    const result = runCli(['check', '.'], dir);
    expectNoCrash(result);
    if (process.env.UPDATE_GOLDEN || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, result.stdout);
      writeFileSync(exitFile, `${result.status}\n`);
    }
    expect(result.stdout).toBe(readFileSync(expectedFile, 'utf8'));
    expect(result.status).toBe(Number(readFileSync(exitFile, 'utf8')));
  });

  it('build exits the same way, with the same errors, and writes nothing when it fails', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['build', '.', '--out', out], dir);
    expectNoCrash(result);
    const status = Number(readFileSync(exitFile, 'utf8'));
    expect(result.status, result.stderr).toBe(status);
    if (status === 0) {
      expect(existsSync(join(out, 'index.html'))).toBe(true);
    } else {
      expect(existsSync(out)).toBe(false);
      expect(errorLines(result.stderr).length).toBeGreaterThan(0);
      expect(errorLines(readFileSync(expectedFile, 'utf8'))).toEqual(expect.arrayContaining(errorLines(result.stderr)));
    }
  });
});

describe('line endings and byte-order marks change nothing', () => {
  /** A copy of a case with every file passed through `transform`. */
  function copyWith(name: string, transform: (bytes: Buffer) => Buffer): string {
    const copy = join(tempDir(), name);
    cpSync(join(BROKEN, name), copy, { recursive: true });
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else writeFileSync(path, transform(readFileSync(path)));
      }
    };
    walk(copy);
    return copy;
  }

  it.each([
    ['crlf-line-endings', (b: Buffer) => Buffer.from(b.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')],
    ['bom', (b: Buffer) => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b)],
  ])('%s: the same diagnostics at the same places, and the same deck', (name, transform) => {
    const plain = copyWith(name, transform);
    expect(runCli(['check', '.'], plain).stdout).toBe(readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8'));
    const [a, b] = [join(tempDir(), 'out'), join(tempDir(), 'out')];
    expect(runCli(['build', '.', '--out', a], join(BROKEN, name)).status).toBe(0);
    expect(runCli(['build', '.', '--out', b], plain).status).toBe(0);
    const deck = 'en/01-demo/index.html';
    expect(readFileSync(join(a, deck), 'utf8')).toBe(readFileSync(join(b, deck), 'utf8'));
  });
});

describe('generated pathological courses', () => {
  // About 25,000 slides through every stage, typesetting and the search index included: linear work takes
  // well under the bound on 2 cores, a step quadratic in the slides would take many minutes.
  it('builds a 10 MB outline in under 40 s', { timeout: 120_000 }, () => {
    const slide = (i: number) =>
      [
        `## Slide ${i} {.smaller background="#223"}`,
        '',
        `- A point with **bold**, _emphasis_, \`code {{x}}\` and [a link](https://example.org/${i})`,
        `- Held {{date "first-trial"}} {{cite "first-trial"}}; about {{figure "arrests"}}`,
        '  - nested, with unicode: Москва, 東京, 🙂',
        '',
        '. . .',
        '',
        '| a | b |',
        '|---|---|',
        `| ${i} | {{fact "first-trial"}} |`,
        '',
        'A paragraph of ordinary words '.repeat(8),
        '',
        '::: notes',
        `Say point ${i}.`,
        ':::',
        '',
      ].join('\n');
    const parts = ['---\ntitle: "Ten megabytes"\n---\n'];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      parts.push(slide(i));
      size += parts.at(-1)!.length;
    }
    const course = miniCourseWith({ '01-demo.en.md': parts.join('\n') });
    const start = performance.now();
    const result = runCli(['build', course, '--out', join(tempDir(), 'out'), '--lang', 'en']);
    const seconds = (performance.now() - start) / 1000;
    expectNoCrash(result);
    expect(result.status, result.stderr).toBe(0);
    expect(seconds).toBeLessThan(40);
  });

  it('checks 10,000 facts in under 20 s', { timeout: 90_000 }, () => {
    const facts = Array.from(
      { length: 10_000 },
      (_, i) =>
        `- id: fact-${i}\n  type: event\n  title: "Event number ${i}"\n  date: "19${String(i % 100).padStart(2, '0')}-0${1 + (i % 9)}"\n  tags: [tag-${i % 10}]\n  sources:\n    - source: almanac\n      quote: "quote ${i}"\n`,
    );
    const course = miniCourseWith({
      'facts/many.yaml': facts.join(''),
      '01-demo.en.md': '---\ntitle: Many\n---\n\n## A\n\n{{timeline tag="tag-1"}}\n\n{{#each (facts tag="tag-2")}}- {{fact id}}\n{{/each}}\n\n{{fact "fact-12x"}}\n',
    });
    const start = performance.now();
    const result = runCli(['check', course]);
    const seconds = (performance.now() - start) / 1000;
    expectNoCrash(result);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/01-demo\.en\.md:12:1 error unknown fact "fact-12x" — did you mean "fact-12"\?/);
    expect(result.stdout).toMatch(/10005 fact\(s\)/);
    expect(seconds).toBeLessThan(20);
  });

  it('builds lists, quotes and divs nested 200 deep', { timeout: 60_000 }, () => {
    const depth = 200;
    const lists = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const quotes = `${'> '.repeat(depth)}deep quote`;
    const divs = `${'::: {.d}\n'.repeat(depth)}deep div\n${':::\n'.repeat(depth)}`;
    const emphasis = `${'*'.repeat(depth)}deep${'*'.repeat(depth)} ${'['.repeat(depth)}x${']'.repeat(depth)}`;
    const course = miniCourseWith({
      '01-demo.en.md': `---\ntitle: Deep\n---\n\n## Lists\n\n${lists}\n\n## Quotes\n\n${quotes}\n\n## Divs\n\n${divs}\n## Inline\n\n${emphasis}\n`,
    });
    const result = runCli(['build', course, '--out', join(tempDir(), 'out'), '--lang', 'en']);
    expectNoCrash(result);
    expect(result.status, result.stderr).toBe(0);
  });
});
