import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../src/check.js';
import { citationsOf } from '../src/facts/fact-schema.js';
import { loadCourse } from '../src/course/load-course.js';
import { Diagnostics } from '../src/diagnostics/diagnostic.js';
import { CLI, REPO, tempDir } from './helpers/paths.js';

/**
 * The example course stands on its own: copied into an empty folder, with
 * nothing beside it, it checks clean under --strict and every quote of every
 * fact is verified against the texts it carries.
 */
let course: string;
let result: CheckResult;

beforeAll(async () => {
  course = join(tempDir('lectern-example-'), 'lectures');
  cpSync(join(REPO, 'lectures'), course, { recursive: true });
  result = await check({ course, strict: true });
});

describe('the example course, alone in a folder', () => {
  it('carries the text file of every source that names one, inside the course', async () => {
    const { store } = await loadCourse(course, new Diagnostics());
    const named = [...store.sources.values()].filter((s) => s.source.file);
    expect(named.map((s) => s.source.id).sort()).toEqual(['foreign-policy-ru', 'purges-en', 'purges-ru']);
    for (const { source, textFile } of named) {
      expect(textFile, `${source.id}: ${source.file}`).toBeDefined();
      expect(relative(course, textFile!).startsWith('..'), textFile).toBe(false);
      expect(source.origin, `${source.id} records where its text came from`).toBeTruthy();
    }
    expect(readdirSync(join(course, 'texts')).sort()).toEqual(named.map((s) => s.source.file).sort());
  });

  it('checks clean under --strict: no error, no warning', () => {
    const problems = result.diagnostics.list.filter((d) => d.severity !== 'info').map((d) => `${relative(course, d.file)}:${d.start.line}:${d.start.column} ${d.message}`);
    expect(problems).toEqual([]);
    expect(result.lectures).toBe(2);
    expect(result.facts).toBeGreaterThan(40);
  });

  it('verifies every quote, and fails on one that is not', async () => {
    const { store } = await loadCourse(course, new Diagnostics());
    const quoted = [...store.facts.values()].flatMap(({ fact }) => citationsOf(fact)).filter((c) => c.quote !== undefined);
    expect(result.quotes.unverified).toBe(0);
    expect(result.quotes.verified).toBe(quoted.length);
    expect(result.diagnostics.list.filter((d) => d.ruleId.startsWith('quote-'))).toEqual([]);
  });

  it('quotes each text as it is written: no paragraphs joined, no spaces changed', async () => {
    const { store } = await loadCourse(course, new Diagnostics());
    const texts = new Map([...store.sources.values()].filter((s) => s.textFile).map((s) => [s.source.id, readFileSync(s.textFile!, 'utf8')]));
    const loose = [...store.facts.values()]
      .flatMap(({ fact }) => citationsOf(fact).map((c) => ({ ...c, fact: fact.id })))
      .filter((c) => c.quote !== undefined && texts.has(c.source) && !texts.get(c.source)!.includes(c.quote))
      .map((c) => `${c.fact}: ${c.quote}`);
    expect(loose).toEqual([]);
  });

  it('passes lectern check --strict as a process, exit code 0', () => {
    const out = execFileSync('node', [CLI, 'check', '--strict', course], { encoding: 'utf8' });
    expect(out).toMatch(/^0 errors, 0 warnings, \d+ infos \(lectern check --infos lists them\)$/m);
    expect(out).toMatch(/ (\d+) quote\(s\) verified, 0 unverified$/m);
  });
});
