import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { presentDiagnostics } from '../../src/diagnostics/present-diagnostics.js';
import { tempDir } from '../helpers/paths.js';

const { Collator, DisplayNames } = Intl;
const { localeCompare } = String.prototype;
afterEach(() => {
  Object.assign(Intl, { Collator, DisplayNames });
  String.prototype.localeCompare = localeCompare;
});

/** Counts what loads ICU's collation or language-name tables (tens of milliseconds each) from now on. */
function countIcuLoads(): string[] {
  const made: string[] = [];
  const counted = <T extends object>(name: string, target: T) => new Proxy(target, { construct: (t, args) => (made.push(name), Reflect.construct(t as never, args)) });
  Object.assign(Intl, { Collator: counted('Intl.Collator', Collator), DisplayNames: counted('Intl.DisplayNames', DisplayNames) });
  String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof localeCompare>) {
    made.push('localeCompare');
    return localeCompare.apply(this, args);
  };
  return made;
}

/** A course in English and Russian with a lecture each, without facts, people or sources. */
function plainCourse(): string {
  const root = join(tempDir(), 'course');
  mkdirSync(root);
  writeFileSync(join(root, 'course.yaml'), 'title: {en: "Plain", ru: "Просто"}\nlanguages: [en, ru]\n');
  writeFileSync(join(root, '01-one.en.md'), '---\ntitle: One\n---\n\n## A slide\n\nText.\n');
  writeFileSync(join(root, '01-one.ru.md'), '---\ntitle: Один\n---\n\n## Слайд\n\nТекст.\n');
  return root;
}

describe('a build of a course in languages Lectern has words for', () => {
  it('orders and names nothing through ICU when there is nothing to collate', async () => {
    const course = plainCourse();
    const made = countIcuLoads();
    const result = await build({ course, out: join(tempDir(), 'out') });
    expect(result.decks).toHaveLength(2);
    expect(made).toEqual([]);
  });
});

describe('the problems of one file', () => {
  it('are ordered by place, without collating file names', () => {
    const at = (line: number): Diagnostic => ({ file: '/c/01-a.en.md', start: { line, column: 1 }, severity: 'warning', ruleId: 'overflow', message: `line ${line}` });
    const made = countIcuLoads();
    expect(presentDiagnostics([at(9), at(2), at(5)]).map((d) => d.start.line)).toEqual([2, 5, 9]);
    expect(made).toEqual([]);
  });
});
