import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { evaluateOutline, type OutlineHelpers } from './evaluate-outline.js';
import { handlebarsError, inlineListBlocks, parseHelpers } from './helper-syntax.js';

const MASK = '\ue000\ue001';

/**
 * Hides `{{` inside code (fenced blocks, inline code spans, display math) from
 * Handlebars, keeping every other character where it was, so helper
 * positions stay those of the outline.
 */
export function maskCode(body: string): string {
  const lines = body.split('\n');
  let fence: string | undefined;
  let math = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^\s*[`~]+\s*$/.test(line)) fence = undefined;
      lines[i] = line.replaceAll('{{', MASK);
    } else if (marker) {
      fence = marker;
    } else if (math || /^\s*\$\$/.test(line)) {
      lines[i] = line.replaceAll('{{', MASK);
      const dollars = (line.match(/\$\$/g) ?? []).length;
      if (dollars % 2 === 1) math = !math;
    } else if (line.includes('`')) {
      lines[i] = maskCodeSpans(line);
    }
  }
  return lines.join('\n');
}

/**
 * Masks `{{` inside the inline code spans of a line. A run of n backticks
 * opens a span that the next run of exactly n backticks closes (CommonMark);
 * the runs are matched in one pass, so a line of many runs of different
 * lengths takes linear time.
 */
function maskCodeSpans(line: string): string {
  const runs = [...line.matchAll(/`+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // For each run, the next one of the same length (found right to left).
  const next = new Array<number | undefined>(runs.length);
  const lastOfLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]!.end - runs[i]!.start;
    next[i] = lastOfLength.get(length);
    lastOfLength.set(length, i);
  }
  let out = '';
  let copied = 0;
  for (let i = 0; i < runs.length; ) {
    const close = next[i];
    if (close === undefined) {
      i++;
      continue;
    }
    out += line.slice(copied, runs[i]!.start) + line.slice(runs[i]!.start, runs[close]!.end).replaceAll('{{', MASK);
    copied = runs[close]!.end;
    i = close + 1;
  }
  return out + line.slice(copied);
}

export function unmaskCode(text: string): string {
  return text.replaceAll(MASK, '{{');
}

const LINE_MARK = /\ue012(\d+)\ue013/g;

/**
 * Ends each line that holds no part of a {{…}} with a mark naming the line,
 * so that the lines of the expanded text can be traced back to the outline
 * (a loop repeats its lines). Lines with a mustache get none: a mark would
 * break the expression, or the rule that drops a block's standalone line.
 */
function markLines(text: string): string {
  let inside = false;
  return text
    .split('\n')
    .map((line, i) => {
      let mustache = inside;
      for (let at = 0; ; ) {
        const next = line.indexOf(inside ? '}}' : '{{', at);
        if (next < 0) break;
        mustache = true;
        inside = !inside;
        at = next + 2;
      }
      return mustache || inside ? line : `${line}\ue012${i}\ue013`;
    })
    .join('\n');
}

/** Removes the line marks: the text, and for each of its lines the body line (0-based) it came from. */
function unmarkLines(text: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  const clean = text.split('\n').map((line, i) => {
    let origin: number | undefined;
    const out = line.replace(LINE_MARK, (_, n: string) => {
      origin = Number(n);
      return '';
    });
    lines.push(origin ?? (i === 0 ? 0 : lines[i - 1]! + 1));
    return out;
  });
  return { text: clean.join('\n'), lines };
}

/** An outline body with its helpers expanded; `lines[n]` is the body line that line n of the text came from. */
export interface ExpandedBody {
  text: string;
  lines?: number[];
}

/**
 * Runs the helpers of an outline body (Handlebars syntax, evaluated by
 * evaluate-outline.ts), keeping track of the outline line each line of the
 * result comes from. A syntax error is reported at its line; returns
 * undefined then.
 */
export function expandHelpers(
  helpers: OutlineHelpers,
  body: string,
  data: Record<string, unknown>,
  file: string,
  lineOffset: number,
  diagnostics: Diagnostics,
): ExpandedBody | undefined {
  if (!body.includes('{{')) return { text: body };
  const masked = maskCode(body);
  const deep = tooDeepBlock(masked);
  if (deep) {
    diagnostics.error(file, { line: deep.line + lineOffset, column: deep.column }, 'helper-syntax', deep.message, { hint: deep.hint });
    return undefined;
  }
  const parsed = parseHelpers(markLines(masked));
  if ('errors' in parsed) {
    for (const { line, column, message, hint } of parsed.errors) {
      diagnostics.error(file, { line: line + lineOffset, column }, 'helper-syntax', message, {
        hint: hint ?? 'close every {{…}} and {{#each}}…{{/each}}; write \\{{ for literal braces',
      });
    }
    return undefined;
  }
  for (const { line, column } of inlineListBlocks(parsed.program)) {
    diagnostics.warning(file, { line: line + lineOffset, column }, 'inline-list', '{{#each}} on one line makes its turns one run-together list item', {
      hint: 'put {{#each …}}, the "- …" line and {{/each}} on lines of their own (docs/authoring.md, "Fact helpers")',
    });
  }
  try {
    return unmarkLines(unmaskCode(evaluateOutline(parsed.program, helpers, data)));
  } catch (error) {
    // The text parsed, but running it failed: a helper that threw.
    const { line, column, message } = handlebarsError(error);
    diagnostics.error(file, { line: line + lineOffset, column }, 'helper-error', message, {
      hint: 'check the helper and its arguments (docs/authoring.md lists the helpers)',
    });
    return undefined;
  }
}

/** Deeper nesting of {{#blocks}} than any outline or template needs; Handlebars' parser slows and then overflows the stack. */
export const MAX_BLOCK_DEPTH = 100;

/**
 * The first block opened deeper than MAX_BLOCK_DEPTH, with a message, if
 * any (line and column 1-based): checked before Handlebars parses the text.
 */
export function tooDeepBlock(text: string): { line: number; column: number; message: string; hint: string } | undefined {
  let depth = 0;
  for (const m of text.matchAll(/\{\{~?\s*([#^/])\s*([^\s}~]*)/g)) {
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (m[1] === '^' && !m[2]) continue; // {{^}} is an else
    else if (++depth > MAX_BLOCK_DEPTH) {
      const before = text.slice(0, m.index);
      return {
        line: before.split('\n').length,
        column: m.index - before.lastIndexOf('\n'),
        message: `blocks are nested more than ${MAX_BLOCK_DEPTH} deep here`,
        hint: 'close each {{#…}} with its {{/…}} before opening many more',
      };
    }
  }
  return undefined;
}
