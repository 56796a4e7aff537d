import type { Token } from 'markdown-it';
import type { Fact } from '../facts/fact-schema.js';
import type { FactStore } from '../facts/fact-store.js';
import { createMarkdown } from '../markdown/create-markdown.js';
import { isGeneratedText } from '../markdown/table-captions.js';
import type { Outline } from '../outline/read-outline.js';
import { splitSlides, takeNotes } from '../outline/split-slides.js';
import type { CheckContext } from './check-rules.js';
import { findNumbers, type NumberFinding } from './find-numbers.js';

/**
 * A number or a date typed by hand on a slide: a fact could supply it, with
 * a citation behind it, and keep every deck that shows it in step with the
 * fact base. Speaker notes, code, math, footnotes and the fact helpers'
 * own arguments are left alone. An info, a warning under `check --strict`.
 */
export function handTypedNumbers({ course, diagnostics, strict }: CheckContext): void {
  const report = strict ? diagnostics.warning.bind(diagnostics) : diagnostics.info.bind(diagnostics);
  let index: ValueIndex | undefined;
  for (const outline of course.outlines) {
    for (const { finding, line, column } of numbersOnSlides(outline, course.config.html)) {
      const what = finding.kind === 'date' ? 'date' : finding.high === undefined ? 'number' : 'range';
      report(outline.file, { line, column }, 'hand-typed-number', `${what} "${finding.text}" typed by hand on a slide`, {
        hint: hintFor(finding, (index ??= new ValueIndex(course.store))),
      });
    }
  }
}

/** The fact helpers' text stands in the outline as a mark of the same length, so positions hold and no number inside a helper counts. */
function maskHelpers(body: string): string {
  return body.replace(/\{\{[\s\S]*?\}\}\}?/g, (helper) => helper.replace(/[^\n]/g, '\ue000'));
}

/** Every number and date of the visible text of an outline's slides, with its 1-based place in the file. */
function numbersOnSlides(outline: Outline, html = true): Array<{ finding: NumberFinding; line: number; column: number }> {
  const source = maskHelpers(outline.body);
  const lines = source.split('\n');
  const tokens = createMarkdown({ lang: outline.lang, html }).parse(source, {});
  const footnotes = tokens.findIndex((t) => t.type === 'footnote_block_open');
  const found: Array<{ finding: NumberFinding; line: number; column: number }> = [];
  for (const slide of splitSlides(footnotes >= 0 ? tokens.slice(0, footnotes) : tokens)) {
    // Table cells carry no source lines of their own: their row's stand for them.
    let map: [number, number] = [slide.line, slide.line + 1];
    // Each finding is looked for in the source after the previous one of its block, so repeated numbers get their own columns.
    let cursor = { line: slide.line, column: 0 };
    for (const token of [slide.title, ...takeNotes(slide.body).content]) {
      if (!token) continue;
      if (token.map) {
        map = token.map;
        cursor = { line: map[0], column: 0 };
      }
      if (token.type !== 'inline') continue;
      const last = map[1];
      for (const text of visibleText(token)) {
        for (const finding of findNumbers(text, outline.lang)) {
          const at = locate(lines, finding.text, cursor, last) ?? cursor;
          cursor = { line: at.line, column: at.column + finding.text.length };
          found.push({ finding, line: at.line + outline.bodyLine + 1, column: at.column + 1 });
        }
      }
    }
  }
  return found;
}

/**
 * The runs of plain text the author typed in an inline token: not code, math,
 * images or raw HTML, nor sub- and superscripts ("O~2~", "m^2^"), which are
 * part of a name or a unit, nor what Lectern writes itself (a caption's "Table 1").
 */
function visibleText(inline: Token): string[] {
  const runs: string[] = [];
  let scripts = 0;
  for (const child of inline.children ?? []) {
    if (child.type === 'sub_open' || child.type === 'sup_open' || (child.type === 'html_inline' && /^<su[bp]\b/i.test(child.content))) scripts++;
    else if (child.type === 'sub_close' || child.type === 'sup_close' || (child.type === 'html_inline' && /^<\/su[bp]\s*>/i.test(child.content))) scripts = Math.max(0, scripts - 1);
    else if (child.type === 'text' && !scripts && !isGeneratedText(child)) runs.push(child.content);
  }
  return runs;
}

function locate(lines: string[], text: string, from: { line: number; column: number }, end: number): { line: number; column: number } | undefined {
  for (let line = from.line; line < Math.max(end, from.line + 1) && line < lines.length; line++) {
    const column = lines[line]!.indexOf(text, line === from.line ? from.column : 0);
    if (column >= 0) return { line, column };
  }
  return undefined;
}

/** The dates a fact holds, as ISO strings. */
function datesOf(fact: Fact): string[] {
  const dates: unknown[] = [];
  if ('date' in fact) dates.push(fact.date);
  if (fact.type === 'person') dates.push(fact.born, fact.died);
  if (fact.type === 'figure') dates.push(fact.asOf);
  return dates.flatMap((d) => (typeof d === 'string' ? [d] : d && typeof d === 'object' ? Object.values(d as object).map(String) : []));
}

/** Which facts hold a date (at each of its precisions, and as a day of the year) or a number: built once per check. */
class ValueIndex {
  private readonly dates = new Map<string, string[]>();
  private readonly numbers: Array<{ value: number; id: string }> = [];
  private readonly ranges: Array<{ low: number; high: number; id: string }> = [];

  constructor(store: FactStore) {
    for (const { fact } of store.facts.values()) {
      for (const date of new Set(datesOf(fact))) {
        const keys = [date.slice(0, 4), date.slice(0, 7), date, `--${date.slice(5)}`].filter((k, i) => i === 0 || k.length > 4);
        for (const key of new Set(keys)) this.dates.set(key, [...(this.dates.get(key) ?? []), fact.id]);
      }
      if (fact.type === 'figure') {
        for (const value of [fact.value, ...(fact.range ?? [])]) if (value !== undefined) this.numbers.push({ value, id: fact.id });
        if (fact.range) this.ranges.push({ low: fact.range[0], high: fact.range[1], id: fact.id });
      }
    }
  }

  factsHolding(finding: NumberFinding): string[] {
    if (finding.kind === 'date') return [...new Set(this.dates.get(finding.iso) ?? [])];
    const near = (a: number, b: number) => Math.abs(a - b) <= Math.abs(a) * 0.01;
    const { value, high } = finding;
    const close = high === undefined ? this.numbers.filter((n) => near(n.value, value)) : this.ranges.filter((r) => near(r.low, value) && near(r.high, high));
    return [...new Set(close.map((n) => n.id))];
  }
}

/** The helper that would supply the value, from the facts that hold it. */
function hintFor(finding: NumberFinding, index: ValueIndex): string {
  const matches = index.factsHolding(finding);
  const helper = finding.kind === 'date' ? 'date' : 'figure';
  if (!matches.length) {
    return `no fact holds it yet: add one to facts/ with a cited source, then write {{${helper} "id"}} and {{cite "id"}}`;
  }
  const shown = matches.slice(0, 3).map((id) => `{{${helper} "${id}"}}`);
  const more = matches.length > 3 ? ` (or one of ${matches.length - 3} more facts)` : '';
  return `a fact can supply it, with its citation: ${shown.join(', ')}${more}`;
}
