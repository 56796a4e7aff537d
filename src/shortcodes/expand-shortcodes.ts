import { escapeHtml } from '../html/escape-html.js';
import { helperMark } from '../markdown/helper-html.js';
import { maskCode } from '../outline/expand-helpers.js';
import { SHORTCODES } from './register-shortcodes.js';
import { warnAt, type ShortcodeCall, type ShortcodeContext } from './shortcode.js';

/** `{{< name args >}}` on one line, or `{{{< … >}}}`, which shows the shortcode itself. */
const SHORTCODE = /\{\{\{<([^\n]*?)>\}\}\}|\{\{<\s*([^\n]*?)\s*>\}\}/g;
const ARGUMENT = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|'([^']*)'|(\S+)/g;
/** Includes within includes, at most. */
const MAX_DEPTH = 8;

/** An outline body with its shortcodes expanded; `lines[n]` is the body line (0-based) line n came from. */
export interface ExpandedShortcodes {
  text: string;
  lines?: number[];
  /** The files `{{< include >}}` read, at any depth, in order of first inclusion. */
  included?: string[];
}

/** Splits a shortcode's text into its name, positional and named arguments. */
export function parseShortcode(text: string): Omit<ShortcodeCall, 'at'> {
  const words: string[] = [];
  const named: Record<string, string> = {};
  for (const m of text.matchAll(ARGUMENT)) {
    if (m[1] !== undefined) named[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
    else words.push(m[5] ?? m[6] ?? m[7] ?? '');
  }
  return { name: words[0] ?? '', args: words.slice(1), named };
}

/**
 * Runs the Quarto shortcodes of an outline body before Handlebars sees it:
 * each one's HTML is put aside (`inserted`) and a mark stands in its place,
 * which the Markdown stage replaces verbatim (see helper-html.ts); an
 * included file's Markdown is spliced in, its lines traced to the include.
 * Shortcodes inside code stay as written; an unknown one is a warning and
 * renders nothing.
 */
export function expandShortcodes(body: string, context: ShortcodeContext, inserted: string[], lineOffset: number, chain: string[] = []): ExpandedShortcodes {
  if (!body.includes('{{<') && !body.includes('{{{<')) return { text: body };
  const included: string[] = [];
  const masked = maskCode(body);
  const lines = [0];
  let out = '';
  let bodyLine = 0;
  let lineStart = 0;
  let last = 0;
  let spliced = false;
  const keep = (text: string) => {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(++bodyLine);
    out += text;
  };
  const splice = (text: string) => {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(bodyLine);
    out += text;
    spliced = true;
  };
  const html = (piece: string) => {
    inserted.push(piece);
    out += helperMark(inserted.length - 1);
  };
  for (const m of masked.matchAll(SHORTCODE)) {
    keep(body.slice(last, m.index));
    last = m.index + m[0].length;
    lineStart = body.lastIndexOf('\n', m.index - 1) + 1;
    const at = { line: bodyLine + 1 + lineOffset, column: m.index - lineStart + 1 };
    if (m[1] !== undefined) {
      html(escapeHtml(`{{< ${m[1].trim()} >}}`));
      continue;
    }
    const call = { ...parseShortcode(m[2]!), at };
    const shortcode = Object.hasOwn(SHORTCODES, call.name) ? SHORTCODES[call.name] : undefined;
    if (!shortcode) {
      warnAt(context, at, 'unknown-shortcode', `unknown shortcode "${call.name}": it renders nothing`, `Lectern renders ${Object.keys(SHORTCODES).join(', ')}; write the content out instead`);
      html('');
      continue;
    }
    const result = shortcode.render(call, context);
    if ('html' in result) {
      html(result.html);
      continue;
    }
    if ([...chain, context.file].includes(result.file) || chain.length >= MAX_DEPTH) {
      warnAt(context, at, 'include-loop', `"${call.args[0]}" includes itself`, 'remove the include that leads back to this file');
      continue;
    }
    const nested = expandShortcodes(result.markdown, { ...context, file: result.file }, inserted, 0, [...chain, context.file]);
    for (const file of [result.file, ...(nested.included ?? [])]) if (!included.includes(file)) included.push(file);
    splice(nested.text);
  }
  keep(body.slice(last));
  return spliced ? { text: out, lines, included } : { text: out };
}
