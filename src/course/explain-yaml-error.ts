/** A YAML syntax error in plain words, by the yaml package's error code (and message where one code covers several cases). */
interface Rule {
  code: string;
  match?: RegExp;
  /** Matches the text where the error stands. */
  at?: RegExp;
  /** Whether the rule fits the text around the error (at `offset`). */
  when?: (text: string, offset: number) => boolean;
  message: string;
  hint?: string;
  /** Where the problem begins, when the parser notices it later (an unclosed quote, at the end of the file). */
  start?: (text: string, offset: number) => number;
}

/** The line after the one holding `offset`, and the indentation of both. */
function nextLine(text: string, offset: number): { start: number; indent: number; ownIndent: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  if (end < 0) return undefined;
  const indent = (from: number) => /^ */.exec(text.slice(from))![0].length;
  return { start: end + 1, indent: indent(end + 1), ownIndent: indent(lineStart) };
}

/**
 * A plain value ("type: person") read as the start of a key because the next
 * line, indented further, looks like "key: value": the slip is on that line.
 */
const indentedNextLine = (text: string, offset: number) => {
  const line = text.slice(offset, text.indexOf('\n', offset));
  const next = nextLine(text, offset);
  return !/:(\s|$)/.test(line) && next !== undefined && next.indent > next.ownIndent;
};

/** The last `char` before the error: where an unclosed quote or bracket opened. */
const before = (char: string) => (text: string, offset: number) => Math.max(0, text.lastIndexOf(char, offset - 1));

const HINT = 'check the indentation, the colon after each key, and quote text that contains ": " or " #"';

const RULES: Rule[] = [
  { code: 'BAD_INDENT', match: /mapping items/, message: 'the keys of one entry do not start at the same column', hint: 'indent every key of an entry by the same number of spaces' },
  { code: 'BAD_INDENT', match: /sequence items/, message: 'the items of one list do not start at the same column', hint: 'start every "- " of a list at the same column' },
  { code: 'BAD_INDENT', match: /Flow sequence/, message: 'the list opened here with "[" is not closed with "]"', hint: 'close the list with "]" before the next key', start: before('[') },
  { code: 'BAD_INDENT', match: /Flow mapping/, message: 'the map opened here with "{" is not closed with "}"', hint: 'close the map with "}" before the next key', start: before('{') },
  { code: 'BAD_INDENT', message: 'the indentation is wrong here', hint: 'indent the keys of an entry alike, by spaces' },
  {
    code: 'MULTILINE_IMPLICIT_KEY',
    message: 'a key runs over more than one line: its ":" is missing, or the next line is indented further than this one',
    hint: 'write each key as "key: value" on one line, and indent the keys of an entry alike',
  },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    when: indentedNextLine,
    message: 'this line is indented further than the line before it, so it reads as part of that line\'s value',
    hint: 'indent the keys of an entry alike, by the same number of spaces',
    start: (text, offset) => {
      const next = nextLine(text, offset)!;
      return next.start + next.indent;
    },
  },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    message: 'a value here is followed by another "key: value": text that contains ": " needs quotes, or the next line is indented further than its neighbours',
    hint: 'quote the text ("…"), or indent the keys of an entry alike',
  },
  {
    code: 'MISSING_CHAR',
    match: /closing "/,
    message: 'the text in double quotes that starts here is never closed',
    hint: 'add the closing " at the end of the text',
    start: before('"'),
  },
  {
    code: 'MISSING_CHAR',
    match: /closing '/,
    message: 'the text in single quotes that starts here is never closed',
    hint: "add the closing ' at the end of the text",
    start: before("'"),
  },
  { code: 'MISSING_CHAR', match: /map values/, at: /^-[^\s-]/, message: 'a list item needs a space after its "-"', hint: 'write "- item"' },
  { code: 'MISSING_CHAR', match: /map values/, message: 'this key has no ":" after it', hint: 'write "key: value"' },
  { code: 'MISSING_CHAR', match: /\]/, message: 'the list opened here with "[" is never closed', hint: 'close the list with "]"', start: before('[') },
  { code: 'MISSING_CHAR', match: /\}/, message: 'the map opened here with "{" is never closed', hint: 'close the map with "}"', start: before('{') },
  { code: 'TAB_AS_INDENT', message: 'a tab indents this line; YAML indents with spaces only', hint: 'replace the tabs at the start of the line with spaces' },
  { code: 'DUPLICATE_KEY', message: 'this key is written twice in the same entry', hint: 'keep one of them' },
  { code: 'UNEXPECTED_TOKEN', match: /at node end/, message: 'unexpected text after the end of a value', hint: 'put the whole value in quotes, or start a new "key: value" line' },
  { code: 'UNEXPECTED_TOKEN', message: 'unexpected text here', hint: HINT },
  { code: 'BAD_DQ_ESCAPE', message: 'a backslash in double quotes must start an escape such as \\n', hint: 'write \\\\ for a backslash, or use single quotes' },
  { code: 'MULTIPLE_DOCS', message: 'a second YAML document begins here, after "---"', hint: 'a course file holds one document: remove the "---" line' },
  { code: 'BAD_ALIAS', message: 'an alias (*name) names no anchor (&name) before it', hint: 'define the anchor first, or write the value out' },
];

/**
 * The yaml package's error (`code`, `message`, at `offset` of `text`) in
 * plain words, and the offset where the problem begins.
 */
export function explainYamlError(code: string, message: string, text: string, offset: number): { message: string; hint: string; offset: number } {
  const at = text.slice(offset, text.indexOf('\n', offset) + 1 || undefined);
  const rule = RULES.find((r) => r.code === code && (!r.match || r.match.test(message)) && (!r.at || r.at.test(at)) && (!r.when || r.when(text, offset)));
  if (rule) return { message: rule.message, hint: rule.hint ?? HINT, offset: rule.start?.(text, offset) ?? offset };
  const near = at.trim().slice(0, 30);
  return { message: `the YAML cannot be read here${near ? ` ("${near}")` : ''}`, hint: HINT, offset };
}

/** js-yaml's reasons that are clearer than the yaml package's for the same slip. */
export function explainJsYamlReason(reason: string): { message: string; hint: string } | undefined {
  if (/tab characters/.test(reason)) return explainYamlError('TAB_AS_INDENT', '', '', 0);
  return undefined;
}
