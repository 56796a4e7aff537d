import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/load-course.js';
import { Diagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { closestPassage } from '../../src/facts/normalise-text.js';
import { loadFacts } from '../../src/facts/load-facts.js';
import { compileLecture } from '../../src/outline/compile-lecture.js';
import { readOutline } from '../../src/outline/read-outline.js';
import { renderSlides } from '../../src/render/render-deck.js';
import { renderSite } from '../../src/render/render-site.js';
import { BUILTIN_TEMPLATES, TemplateRegistry } from '../../src/render/template-registry.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { miniCourse } from '../helpers/render-outline.js';

/**
 * Random outlines, front matter and fact files go through the pipeline in
 * process: nothing may throw (every problem becomes a diagnostic with a
 * sensible place), and pathological input finishes within a time bound.
 * FUZZ_RUNS raises the number of runs for a longer search.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SECONDS = 2;

/** Every diagnostic names a file and a 1-based place, and says something. */
function expectWellFormed(list: Diagnostic[]): void {
  for (const d of list) {
    expect(d.file).toBeTruthy();
    expect(d.message.trim()).not.toBe('');
    expect(Number.isInteger(d.start.line) && d.start.line >= 1, `line of ${d.message}`).toBe(true);
    expect(Number.isInteger(d.start.column) && d.start.column >= 1, `column of ${d.message}`).toBe(true);
  }
}

/** An outline (whole file text) through read, compile and the slide templates, against the mini course. */
async function runOutline(text: string, name = 'fuzz.en.md', html = true): Promise<Diagnostics> {
  const course = await miniCourse();
  const diagnostics = new Diagnostics();
  const outline = readOutline(join(MINI_COURSE, name), text, diagnostics, 'en');
  if (outline) {
    const deck = compileLecture(outline, { root: course.root, config: { ...course.config, html }, store: course.store, diagnostics });
    renderSlides(deck, course, new TemplateRegistry([BUILTIN_TEMPLATES], diagnostics));
  }
  return diagnostics;
}

// Pieces of outline syntax, recombined at random.
const MARKDOWN = [
  '# ', '## ', '### ', '- ', '* ', '1. ', '> ', '    ', '\t', '**', '__', '*', '_', '`', '``', '```', '~~~', '```js\n', '---', '***',
  '. . .', '...', '::: notes', '::: incremental', '::: columns', '::: {.column width="40%"}', ':::', '::::', '::: {', '{.fragment}',
  '{#id .cls key="v" data-x=1}', '{.smaller background="#223" transition="fade"}', '{', '}', '[', ']', '(', ')', '[^1]', '[^1]: ',
  '![a](images/dot.png)', '![b](../x.png)', '![c](/etc/passwd)', '![d](images/%zz.png)', '[l](https://example.org)', '<https://x.org>',
  '$x$', '$$', '$', '\\', '|', '| a | b |', '|---|---|', '<div>', '</div>', '<script>alert(1)</script>', '<!--', '&amp;', '&#0;',
  '"', "'", '«»', '—', '\u00ad', '\u200b', '\ufeff', '\u0000', '\r', '\r\n', 'Москва', '東京', '🙂', '\ud800', 'x',
];
const HELPERS = [
  '{{fact "first-trial"}}', '{{fact "zinoviev" "role"}}', '{{fact "x" "nope"}}', '{{date "first-trial"}}', '{{date "zinoviev"}}',
  '{{name "zinoviev"}}', '{{figure "arrests"}}', '{{quote "trial-quote"}}', '{{cite "first-trial"}}', '{{timeline tag="trials"}}',
  '{{timeline from="1900" to="1800"}}', '{{#each (facts tag="trials")}}', '{{#each (facts)}}', '{{/each}}', '{{fact id}}',
  '{{#if x}}', '{{else}}', '{{/if}}', '{{', '}}', '{{{', '}}}', '\\{{', '{{!', '{{!-- c --}}', '{{> notes}}', '{{lookup this "constructor"}}',
  '{{constructor.constructor}}', '{{__proto__}}', '{{title}}', '{{@root.lang}}', '{{../x}}', '{{nope "a"}}', '{{fact 1}}', '{{date}}',
  '{{#each}}', '{{#with}}', '{{log "x"}}', '{{fact (fact)}}', '{{~fact "first-trial"~}}',
];
const separator = fc.constantFrom(' ', '\n', '\n\n', '');
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 3, arbitrary: fc.constantFrom(...HELPERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const body = fc.array(fc.tuple(piece, separator), { maxLength: 80 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

/** YAML-ish text: pieces of YAML syntax with random words. */
const yamlText = fc
  .array(
    fc.oneof(
      fc.constantFrom('- ', ': ', '  ', '\n', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '!!str ', '|', '>', '? ', '---', '...', '%YAML 1.2', '\t'),
      fc.constantFrom('id', 'type', 'event', 'title', 'date', 'sources', 'source', 'quote', 'chronicle', '1936-08', 'en', 'ru', '~', 'null', 'true'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const anyValue = fc.anything({ maxDepth: 3, withNullPrototype: false, withBigInt: false, withDate: false, withMap: false, withSet: false });
/** Mostly a valid value, now and then anything at all: enough facts validate to reach the helpers and pages. */
const mostly = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{fact "x"}}', '}}', 'javascript:alert(1)', '\u0000'),
);
const langText = mostly(fc.oneof(text, fc.dictionary(fc.constantFrom('en', 'ru', 'de'), text, { minKeys: 1, maxKeys: 3 })));
const isoDate = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('1936', '1936-08', '1936-08-19', '0001', '9999-12-31', '2000-02-29', '1917-11-07') },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom('1936-02-30', '0000', '1936-13', 'Aug 1936', ''), fc.integer({ min: -10000, max: 10000 })) },
);
const dateOrRange = mostly(fc.oneof(isoDate, fc.record({ from: isoDate, to: isoDate })));
const sourceId = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('chronicle', 'almanac') }, { weight: 1, arbitrary: fc.constantFrom('nope', 'Bad Id') });
const citation = fc.record({ source: sourceId, quote: text, note: langText, page: fc.oneof(text, fc.integer()) }, { requiredKeys: ['source', 'quote'] });
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -1e308, 0.5));
const common = {
  id: mostly(fc.constantFrom('a', 'b-c', 'first-trial', 'zinoviev', 'x-1-y')),
  title: langText,
  summary: langText,
  tags: fc.array(fc.constantFrom('trials', 'purges', 'x'), { maxLength: 3 }),
  sources: fc.array(citation, { minLength: 1, maxLength: 3 }),
  disputed: fc.array(
    fc.record({ field: fc.constantFrom('date', 'value', 'name'), value: fc.oneof(isoDate, number, text, anyValue), source: sourceId, quote: text, note: langText }, { requiredKeys: ['source'] }),
    { maxLength: 2 },
  ),
};
const optional = ['summary', 'tags', 'disputed'] as const;
/** Fact-shaped objects of each type, so that many of them validate and reach the helpers and pages. */
const factObject = fc.oneof(
  fc.record({ ...common, type: fc.constant('event'), date: dateOrRange }, { requiredKeys: ['id', 'type', 'title', 'date', 'sources'] }),
  fc.record({ ...common, type: fc.constant('person'), name: langText, born: isoDate, died: isoDate, role: langText }, { requiredKeys: ['id', 'type', 'name', 'sources'] }),
  fc.record({ ...common, type: fc.constant('figure'), value: number, range: fc.tuple(number, number), unit: langText, approx: fc.boolean(), asOf: isoDate }, { requiredKeys: ['id', 'type', 'title', 'sources'] }),
  fc.record({ ...common, type: fc.constant('quote'), text, lang: fc.constantFrom('en', 'ru', 'de'), translations: fc.dictionary(fc.constantFrom('en', 'ru'), text), speaker: fc.constantFrom('zinoviev', 'a', 'nope'), date: dateOrRange }, { requiredKeys: ['id', 'type', 'text', 'lang', 'sources'] }),
  fc.record({ ...common, type: fc.constant('term'), definition: langText }, { requiredKeys: ['id', 'type', 'title', 'definition', 'sources'] }),
  fc.record({ ...common, type: fc.constantFrom('place', 'document'), date: dateOrRange, kind: langText }, { requiredKeys: ['id', 'type', 'title', 'sources'] }),
  fc.record({ ...common, type: fc.constantFrom('nonsense', '') }, { requiredKeys: ['id', 'type', ...optional] }),
  anyValue,
);

/** A course folder whose facts/fuzz.yaml is read through a stub: each run supplies its text. */
function factsCourse(): string {
  const root = join(tempDir(), 'course');
  mkdirSync(join(root, 'facts'), { recursive: true });
  writeFileSync(join(root, 'facts', 'fuzz.yaml'), '');
  writeFileSync(
    join(root, 'sources.yaml'),
    stringify([
      { id: 'chronicle', title: 'A chronicle', language: 'en', kind: 'secondary' },
      { id: 'almanac', title: { en: 'An almanac', ru: 'Альманах' }, language: 'en', kind: 'reference' },
    ]),
  );
  return root;
}

/** Loads a fact file's text, then uses every fact that validated in every helper, a deck and the site. */
async function runFacts(root: string, factsText: string): Promise<{ diagnostics: Diagnostics; facts: number }> {
  const diagnostics = new Diagnostics();
  const read = async (file: string) => (file.endsWith('fuzz.yaml') ? factsText : (await import('node:fs/promises')).readFile(file, 'utf8'));
  const store = await loadFacts(root, [], diagnostics, read);
  const mini = await miniCourse();
  const course: Course = { root: mini.root, config: { ...mini.config, translations: 'fallback' }, store, outlines: [] };
  const uses = [...store.facts.keys()]
    .map((id) => ['fact', 'date', 'name', 'figure', 'quote', 'cite'].map((h) => `{{${h} "${id}"}}`).join(' ') + ` {{fact "${id}" "summary"}}`)
    .join('\n\n');
  for (const lang of ['en', 'ru']) {
    const outline = readOutline(join(root, `01-fuzz.${lang}.md`), `---\ntitle: T\n---\n\n## A\n\n${uses}\n\n{{timeline tag="trials"}}\n`, diagnostics, 'en');
    const deck = compileLecture(outline!, { root, config: course.config, store, diagnostics });
    renderSite(course, [deck], new TemplateRegistry([BUILTIN_TEMPLATES], diagnostics), { notes: true, pdfStates: () => ({ slides: "stale", handout: "current" }) });
  }
  return { diagnostics, facts: store.facts.size };
}

describe('fuzzing the pipeline', () => {
  it('random outline bodies never throw, and report problems at real places', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (b, html) => {
        const diagnostics = await runOutline(`---\ntitle: "Fuzz"\n---\n${b}`, 'fuzz.en.md', html);
        expectWellFormed(diagnostics.list);
        const lines = b.split('\n').length + 3;
        for (const d of diagnostics.list) expect(d.start.line, d.message).toBeLessThanOrEqual(lines + 1);
      }),
      { numRuns: RUNS },
    );
  });

  it('random front matter never throws', async () => {
    const frontMatter = fc.oneof(
      yamlText,
      anyValue.map((v) => stringify(v) ?? ''),
      anyValue.map((v) => JSON.stringify(v) ?? ''),
      fc.record({ title: langText, subtitle: anyValue, date: anyValue, lang: fc.oneof(fc.constantFrom('en', 'ru', 'en-12', 'xx-YY'), anyValue), theme: anyValue }, { requiredKeys: [] }).map((v) => stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(frontMatter, body, fc.constantFrom('01-a.en.md', '01-a.ru.md', '01-a.md', '01-a.xx.md'), async (fm, b, name) => {
        expectWellFormed((await runOutline(`---\n${fm}\n---\n${b}`, name)).list);
      }),
      { numRuns: RUNS },
    );
  });

  it('random fact files never throw: text, serialised values, and facts used by every helper', async () => {
    const root = factsCourse();
    const factsText = fc.oneof(
      { weight: 1, arbitrary: yamlText },
      { weight: 1, arbitrary: anyValue.map((v) => stringify(v) ?? '') },
      { weight: 4, arbitrary: fc.array(factObject, { maxLength: 6 }).map((facts) => stringify(facts)) },
    );
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(factsText, async (t) => {
        const { diagnostics, facts } = await runFacts(root, t);
        expectWellFormed(diagnostics.list);
        valid += facts;
      }),
      { numRuns: RUNS },
    );
    // The property means something only if many random facts were valid and reached the helpers and pages.
    expect(valid).toBeGreaterThan(RUNS / 4);
  }, 120_000); // each run loads a course and renders its pages

  it('pathological repetitions finish within the time bound', async () => {
    // Openers and closers nested or chained thousands of times, as markdown-it's pathological tests do.
    const unit = fc.constantFrom(
      ['[', ']'], ['*', '*'], ['_', '_'], ['`', '`'], ['**', '**'], ['![', '](x)'], ['(', ')'], ['<', '>'], ['{', '}'], ['{{', '}}'],
      ['> ', ''], ['- ', ''], ['1. ', ''], ['::: notes\n', ':::\n'], ['::: {.a}\n', ''], ['{{#each (facts)}}', '{{/each}}'], ['$', '$'],
      ['\\', ''], ['&#', ';'], ['[^', ']'], ['. . .\n', ''], ['| a ', '|\n'], ['    ', 'x\n'], ['"', '"'], ['~~~\n', ''], ['<!--', '-->'],
    );
    const shape = fc.constantFrom('nested', 'chained', 'open', 'lines', 'spaces');
    await fc.assert(
      fc.asyncProperty(unit, shape, fc.integer({ min: 1000, max: 10_000 }), async ([open, close], how, n) => {
        const text =
          how === 'nested' ? open.repeat(n) + 'x' + close.repeat(n)
          : how === 'chained' ? (open + 'x' + close).repeat(n)
          : how === 'open' ? open.repeat(n)
          : how === 'lines' ? `${open}x\n`.repeat(n)
          : `${open}${' '.repeat(n)}x${close}`;
        const start = performance.now();
        const diagnostics = await runOutline(`---\ntitle: "Deep"\n---\n\n## A\n\n${text}\n`);
        const seconds = (performance.now() - start) / 1000;
        expectWellFormed(diagnostics.list);
        expect(seconds, `${how} ${JSON.stringify(open)} × ${n}`).toBeLessThan(SECONDS);
      }),
      { numRuns: 50 },
    );
  });
});

describe('code spans', () => {
  it('a 20 KB line of backtick runs of growing length is masked within the time bound', async () => {
    // Each run opens a span that no later run closes: a backtracking scan tries every pair.
    const line = Array.from({ length: 200 }, (_, i) => `${'`'.repeat(i + 1)} {{fact "x"}} `).join('');
    const start = performance.now();
    const diagnostics = await runOutline(`---\ntitle: "Ticks"\n---\n\n## A\n\n${line}\n`);
    expect((performance.now() - start) / 1000).toBeLessThan(SECONDS);
    expectWellFormed(diagnostics.list);
  });
});

describe('quote matching', () => {
  /** The passage finder as first written: every window counted afresh (quadratic, but plainly right). */
  function referencePassage(haystack: string, quote: string): { start: number; end: number } {
    const words = (s: string) => [...s.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)];
    const wanted = new Set(words(quote).map((m) => m[0]));
    const found = words(haystack);
    const size = Math.max(1, wanted.size);
    let best = { score: -1, start: 0, end: Math.min(haystack.length, quote.length) };
    for (let i = 0; i < found.length; i++) {
      const seen = new Set<string>();
      const last = Math.min(found.length, i + size);
      for (let j = i; j < last; j++) if (wanted.has(found[j]![0])) seen.add(found[j]![0]);
      if (seen.size > best.score) {
        const lastWord = found[last - 1]!;
        best = { score: seen.size, start: found[i]!.index!, end: lastWord.index! + lastWord[0].length };
      }
    }
    return { start: best.start, end: best.end };
  }

  it('finds the same closest passage as counting every window afresh', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'Ж', '1', ' ', ', ', '. '), { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(fc.property(words, words, (haystack, quote) => {
      expect(closestPassage(haystack, quote)).toEqual(referencePassage(haystack, quote));
    }), {
      numRuns: 2000,
    });
  });

  it('stays fast for a long quote against a book-length text', () => {
    const vocabulary = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const haystack = Array.from({ length: 150_000 }, (_, i) => vocabulary[(i * 7919) % vocabulary.length]).join(' ');
    const quote = Array.from({ length: 2000 }, (_, i) => vocabulary[(i * 104_729) % vocabulary.length]).join(' ');
    const start = performance.now();
    closestPassage(haystack, quote);
    expect(performance.now() - start).toBeLessThan(SECONDS * 1000);
  });
});
