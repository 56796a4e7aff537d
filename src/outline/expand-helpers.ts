import Handlebars from 'handlebars';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { evaluateOutline, type OutlineHelpers } from './evaluate-outline.js';

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
      lines[i] = line.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replaceAll('{{', MASK));
    }
  }
  return lines.join('\n');
}

export function unmaskCode(text: string): string {
  return text.replaceAll(MASK, '{{');
}

/**
 * Runs the helpers of an outline body (Handlebars syntax, evaluated by
 * evaluate-outline.ts). A syntax error is reported at its line;
 * returns undefined then.
 */
export function expandHelpers(
  helpers: OutlineHelpers,
  body: string,
  data: Record<string, unknown>,
  file: string,
  lineOffset: number,
  diagnostics: Diagnostics,
): string | undefined {
  if (!body.includes('{{')) return body;
  const masked = maskCode(body);
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(masked);
  } catch (error) {
    const unclosed = unclosedBlock(masked);
    const { line, column, message } =
      unclosed && /OPEN_ENDBLOCK/.test(String(error)) ? { ...unclosed, message: `{{#${unclosed.name}}} is never closed` } : handlebarsError(error);
    diagnostics.error(file, { line: line + lineOffset, column }, 'helper-syntax', message, {
      hint: 'close every {{…}} and {{#each}}…{{/each}}; write \\{{ for literal braces',
    });
    return undefined;
  }
  return unmaskCode(evaluateOutline(program, helpers, data));
}

/** The innermost block helper opened and never closed, if any (line 1-based, column 1-based). */
function unclosedBlock(text: string): { name: string; line: number; column: number } | undefined {
  const open: Array<{ name: string; offset: number }> = [];
  for (const m of text.matchAll(/\{\{~?([#/])\s*([\w-]+)/g)) {
    if (m[1] === '#') open.push({ name: m[2]!, offset: m.index });
    else if (open.at(-1)?.name === m[2]) open.pop();
  }
  const last = open.at(-1);
  if (!last) return undefined;
  const before = text.slice(0, last.offset);
  return { name: last.name, line: before.split('\n').length, column: last.offset - before.lastIndexOf('\n') };
}

/** Line (1-based, in the parsed text), column and a one-line message of a Handlebars error. */
export function handlebarsError(error: unknown): { line: number; column: number; message: string } {
  const e = error as Error & { lineNumber?: number; column?: number };
  const text = e.message ?? String(error);
  const parse = /Parse error on line (\d+):[\s\S]*?\n(-*)\^\n([\s\S]*)$/.exec(text);
  if (parse) {
    const expecting = parse[3]!.replace(/\s+/g, ' ').replace(/'/g, '').trim();
    return { line: Number(parse[1]), column: 1, message: `Handlebars syntax error: ${expecting}` };
  }
  const line = e.lineNumber ?? Number(/line (\d+)/.exec(text)?.[1] ?? 1);
  const column = (e.column ?? 0) + 1;
  return { line, column, message: text.split('\n')[0]!.replace(/ - \d+:\d+$/, '') };
}
