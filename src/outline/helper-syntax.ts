import Handlebars from 'handlebars';

/** A syntax problem of a {{…}} text: line and column 1-based, in plain words. */
export interface HelperSyntaxError {
  line: number;
  column: number;
  message: string;
  /** What to do, when it is more particular than closing what was opened. */
  hint?: string;
}

const QUOTE_HINT = 'quote each text argument with straight quotes, such as {{fact "first-trial"}}';

/** How many syntax errors of one text are collected before giving up. */
const MAX_ERRORS = 20;

/** What the parser's token names stand for, as a writer sees them. */
const TOKEN_WORDS: Record<string, string> = {
  CLOSE: '"}}"',
  OPEN_SEXPR: '"("',
  CLOSE_SEXPR: '")"',
  ID: 'a name',
  STRING: 'a "quoted text"',
  NUMBER: 'a number',
  EQUALS: '"="',
  OPEN: '"{{"',
  OPEN_ENDBLOCK: '"{{/"',
  OPEN_BLOCK: '"{{#"',
  EOF: 'the end of the text',
};

/**
 * Parses a text with {{…}} (an outline body, a template). When it does not
 * parse, each syntax error is reported in plain words at its exact place;
 * the {{…}} at fault is then blanked out and the text parsed again, so that
 * one run reports every error the parser can get past.
 */
export function parseHelpers(text: string): { program: hbs.AST.Program } | { errors: HelperSyntaxError[] } {
  const errors = quoteSlips(text);
  let current = errors.reduce(blankAt, text);
  while (errors.length < MAX_ERRORS) {
    try {
      const program = Handlebars.parse(current);
      return errors.length ? { errors: sortErrors(errors) } : { program };
    } catch (error) {
      const found = handlebarsError(error, current);
      errors.push(found);
      // A block closed by another name leaves no single {{…}} to blank out: parsing stops there.
      const next = /doesn't match/.test(String(error)) ? current : blankAt(current, found);
      if (next === current) break;
      current = next;
    }
  }
  return { errors: sortErrors(errors) };
}

function sortErrors(errors: HelperSyntaxError[]): HelperSyntaxError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The {{#each}} blocks written on one line whose body starts a list item
 * ("- …"): the turns run together into one item instead of making a list.
 */
export function inlineListBlocks(program: hbs.AST.Program): Array<{ line: number; column: number }> {
  const found: Array<{ line: number; column: number }> = [];
  const walk = (body: hbs.AST.Statement[]) => {
    for (const node of body) {
      if (node.type !== 'BlockStatement') continue;
      const block = node as hbs.AST.BlockStatement;
      const first = block.program.body[0];
      const item = first?.type === 'ContentStatement' && /^[ \t]*([-*+]|\d+[.)])[ \t]/.test((first as hbs.AST.ContentStatement).value);
      if ((block.path as hbs.AST.PathExpression).original === 'each' && block.loc.start.line === block.loc.end.line && item) {
        found.push({ line: block.loc.start.line, column: block.loc.start.column + 1 });
      }
      walk(block.program.body);
      if (block.inverse) walk(block.inverse.body);
    }
  };
  walk(program.body);
  return found;
}

/**
 * Line (1-based, in the parsed text), column and a plain-words message of a
 * Handlebars error. Given the text that failed to parse, an error is placed
 * at the token the parser stopped at, and a block or a `{{` left open is
 * named where it opens, rather than where the text ends.
 */
export function handlebarsError(error: unknown, source?: string): HelperSyntaxError {
  const e = error as Error & { lineNumber?: number; column?: number };
  const text = e.message ?? String(error);
  const comment = source !== undefined && /Lexical error|got 'EOF'/.test(text) ? unclosedComment(source) : undefined;
  if (comment) return { ...comment, message: 'the comment "{{!--" opened here is never closed: it hides the rest of the lecture', hint: 'close it with "--}}"' };
  const unclosed = source !== undefined && /OPEN_ENDBLOCK|got 'EOF'/.test(text) ? unclosedBlock(source) : undefined;
  if (unclosed && /OPEN_ENDBLOCK/.test(text)) return { line: unclosed.line, column: unclosed.column, message: `{{#${unclosed.name}}} is never closed` };
  const open = source !== undefined && /got '(EOF|INVALID)'/.test(text) ? unclosedMustache(source) : undefined;
  if (open) return { ...open, message: '"{{" is never closed' };
  const parse = /^Parse error on line \d+:[\s\S]*?Expecting ([\s\S]*), got '(\w+)'/.exec(text);
  if (parse) return parseError(parse[1]!, parse[2]!, source);
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(text);
  if (mismatch) {
    const line = e.lineNumber ?? 1;
    // Handlebars places the error at the block's name: the block begins at the "{{" before it.
    const lineText = source?.split('\n')[line - 1] ?? '';
    const open = lineText.lastIndexOf('{{', e.column ?? 0);
    return { line, column: (open >= 0 ? open : (e.column ?? 0)) + 1, message: `{{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}: a block ends with its own name` };
  }
  const line = e.lineNumber ?? Number(/line (\d+)/.exec(text)?.[1] ?? 1);
  const column = (e.column ?? 0) + 1;
  return { line, column, message: text.split('\n')[0]!.replace(/ - \d+:\d+$/, '') };
}

/** A parse error at the token the parser stopped at (its lexer keeps the place), in plain words. */
function parseError(expecting: string, got: string, source: string | undefined): HelperSyntaxError {
  const place = ((Handlebars as unknown as { Parser: unknown }).Parser as { lexer?: { yylloc?: { first_line: number; first_column: number } } }).lexer?.yylloc;
  const line = place?.first_line ?? 1;
  const column = (place?.first_column ?? 0) + 1;
  const lineText = source?.split('\n')[line - 1] ?? '';
  const char = lineText.charAt(column - 1);
  const before = lineText.slice(0, column - 1);
  const tokens = [...expecting.matchAll(/'(\w+)'/g)].map((m) => m[1]!);
  const key = /([\w-]+)=\s*$/.exec(before)?.[1];
  if (got === 'INVALID' && (char === '"' || char === "'")) return { line, column, message: `the quoted text that starts here is never closed with ${char}`, hint: QUOTE_HINT };
  if (got === 'CLOSE' && key) return { line, column, message: `"${key}=" has no value`, hint: `write it as ${key}="…"` };
  if (got === 'CLOSE' && /\{\{[#/^]?\s*$/.test(before)) return { line, column, message: 'this {{ }} holds nothing', hint: 'write a helper name in it, such as {{fact "first-trial"}}, or \\{{ for literal braces' };
  const expected = [...new Set(tokens.map((t) => TOKEN_WORDS[t]).filter((w): w is string => w !== undefined))];
  const found = got === 'INVALID' ? `"${char}"` : (TOKEN_WORDS[got] ?? `"${char}"`);
  const list = expected.length > 1 ? `${expected.slice(0, -1).join(', ')} or ${expected.at(-1)}` : (expected[0] ?? 'something else');
  return { line, column, message: `unexpected ${found} inside {{…}}: expected ${list}` };
}

/**
 * Quote slips inside one-line {{…}}, found before parsing: a text quoted
 * with typographic quotes (which do not quote), and a quote left open, which
 * the parser would only notice at a later {{…}}.
 */
function quoteSlips(text: string): HelperSyntaxError[] {
  const errors: HelperSyntaxError[] = [];
  for (const m of text.matchAll(/\{\{(?!!)[^{}\n]*\}\}/g)) {
    const curly = /[“”„«»]/.exec(m[0]);
    if (curly) {
      errors.push({ ...lineColumn(text, m.index + curly.index), message: 'typographic quotes do not quote inside {{…}}: write "…" with straight quotes', hint: QUOTE_HINT });
      continue;
    }
    let open = -1;
    for (const q of m[0].matchAll(/["']/g)) {
      if (open < 0) open = q.index;
      else if (m[0][open] === q[0]) open = -1;
    }
    if (open >= 0) errors.push({ ...lineColumn(text, m.index + open), message: `the quoted text that starts here is never closed with ${m[0][open]}`, hint: QUOTE_HINT });
  }
  return errors;
}

/** The text with the {{…}} around a place blanked out (line ends kept), so that parsing can go on past it. */
function blankAt(text: string, { line, column }: HelperSyntaxError): string {
  const lines = text.split('\n');
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const start = text.lastIndexOf('{{', offset + 1);
  if (start < 0) return text;
  const close = text.indexOf('}}', Math.max(offset, start + 2));
  const end = close < 0 ? text.length : close + 2;
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
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
  return { name: last.name, ...lineColumn(text, last.offset) };
}

/** The first `{{!--` with no `--}}` after it, if any (line and column 1-based). */
function unclosedComment(text: string): { line: number; column: number } | undefined {
  for (let offset = text.indexOf('{{!--'); offset >= 0; offset = text.indexOf('{{!--', offset + 5)) {
    const end = text.indexOf('--}}', offset + 5);
    if (end < 0) return lineColumn(text, offset);
    offset = end;
  }
  return undefined;
}

/** The last `{{` with no `}}` after it, if any (line and column 1-based). */
function unclosedMustache(text: string): { line: number; column: number } | undefined {
  const offset = text.lastIndexOf('{{');
  if (offset < 0 || text.includes('}}', offset)) return undefined;
  return lineColumn(text, offset);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
