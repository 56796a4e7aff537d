import { CORE_SCHEMA, load } from 'js-yaml';
import { isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type * as z from 'zod';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';
import { encodingProblem, offsetPosition } from './decode-text.js';
import { explainIssue } from './explain-issue.js';
import { explainJsYamlReason, explainYamlError } from './explain-yaml-error.js';

export type YamlPath = ReadonlyArray<string | number>;

/** A parsed YAML file that still knows where each of its nodes stands. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** The position of the node at `path`, or of its nearest existing parent. */
  locate(path: YamlPath): Position;
  /** The position of the key that ends `path` (where an unknown key is named). */
  locateKey(path: YamlPath): Position;
}

/**
 * Parses YAML text. The value comes from js-yaml, which is fast from a cold
 * start; node positions come from the yaml package's document, parsed only
 * when a diagnostic needs one. Syntax problems are reported at their place;
 * returns undefined when the text cannot be used. `lineOffset` places
 * embedded YAML (front matter) in its file.
 */
export function readYaml(file: string, text: string, diagnostics: Diagnostics, lineOffset = 0): YamlSource | undefined {
  const encoding = encodingProblem(text);
  if (encoding) {
    diagnostics.error(file, offsetPosition(text, encoding.offset, lineOffset), 'encoding', encoding.message, { hint: 'save the file as UTF-8' });
    return undefined;
  }
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, filename: file }) ?? undefined;
  } catch (error) {
    reportSyntax(file, text, diagnostics, lineOffset, error as Error & { mark?: { line: number; column: number } });
    return undefined;
  }
  let parsed: { doc: Document; at(offset: number): Position } | undefined;
  const located = () => (parsed ??= parseWithPositions(text, lineOffset));
  if (text.includes('&') && exceedsSize(value, 10 * text.length + 10_000)) {
    const { doc, at } = located();
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    diagnostics.error(file, at(offset), 'yaml-aliases', 'aliases (*name) make this file expand to a value too large, too deep or endless to read', {
      hint: 'write the values out, or repeat an alias fewer times',
    });
    return undefined;
  }
  return {
    file,
    value,
    locate: (path) => {
      const { doc, at } = located();
      return at(nearestNode(doc, path)?.range?.[0] ?? 0);
    },
    locateKey: (path) => {
      const { doc, at } = located();
      const key = keyNode(doc, path);
      return at((key ?? nearestNode(doc, path))?.range?.[0] ?? 0);
    },
  };
}

function parseWithPositions(text: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return { doc, at };
}

/**
 * The first syntax error of a file, at the yaml package's place, in plain
 * words (js-yaml's place as a fallback): one slip makes many later lines
 * look wrong, so the rest is not reported. Text nested deeper than js-yaml
 * allows stays away from the yaml package: its recursion can exhaust the
 * stack, and V8 may then abort the whole process instead of throwing.
 */
function reportSyntax(file: string, text: string, diagnostics: Diagnostics, lineOffset: number, error: Error & { mark?: { line: number; column: number }; reason?: string }): void {
  const start = { line: (error.mark?.line ?? 0) + 1 + lineOffset, column: (error.mark?.column ?? 0) + 1 };
  if (/^nesting exceeded maxDepth/.test(error.reason ?? '')) {
    diagnostics.error(file, start, 'yaml-syntax', 'the YAML is nested more than 100 levels deep', {
      hint: 'close the brackets you opened, and keep lists and maps a few levels deep',
    });
    return;
  }
  const plain = explainJsYamlReason(error.reason ?? '');
  const { doc, at } = parseWithPositions(text, lineOffset);
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (plain || !first) {
    const { message, hint } = plain ?? explainYamlError('', '', '', 0);
    diagnostics.error(file, start, 'yaml-syntax', message, { hint });
    return;
  }
  const { message, hint, offset } = explainYamlError(first.code, first.message, text, first.pos[0]);
  diagnostics.error(file, at(offset), 'yaml-syntax', message, { hint });
}

/**
 * Whether a loaded value is too large (more than `limit` nodes), too deep or
 * endless. js-yaml shares the value of an alias rather than copying it, so a
 * few lines of aliases to aliases can stand for billions of nodes, and an
 * alias inside its own anchor for a cycle, that later stages would walk.
 */
function exceedsSize(value: unknown, limit: number, maxDepth = 1000): boolean {
  let count = 0;
  const onPath = new Set<object>();
  const stack: Array<{ value: unknown; depth: number; leave?: boolean }> = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: v, depth, leave } = stack.pop()!;
    if (leave) {
      onPath.delete(v as object);
      continue;
    }
    if (++count > limit || depth > maxDepth) return true;
    if (v === null || typeof v !== 'object') continue;
    if (onPath.has(v)) return true;
    onPath.add(v);
    stack.push({ value: v, depth, leave: true });
    for (const item of Array.isArray(v) ? v : Object.values(v)) stack.push({ value: item, depth: depth + 1 });
  }
  return false;
}

/**
 * Validates the value at `path` of a YAML source against a schema, reporting
 * each problem at its node. Returns the parsed value, or undefined.
 */
export function validate<S extends z.ZodType>(
  source: YamlSource,
  value: unknown,
  schema: S,
  diagnostics: Diagnostics,
  path: YamlPath = [],
): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = [...path, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    for (const { message, hint, key } of explainIssue(issue, schema, value)) {
      const position = key ? source.locateKey([...issuePath, key]) : source.locate(issuePath);
      diagnostics.error(source.file, position, 'schema', message, { hint });
    }
  }
  return undefined;
}

function nearestNode(doc: Document, path: YamlPath): Node | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node)) return node;
  }
  return isNode(doc.contents) ? doc.contents : undefined;
}

function keyNode(doc: Document, path: YamlPath): Node | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const items = (parent as { items?: unknown[] } | null)?.items ?? [];
  for (const item of items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === path.at(-1)) return item.key;
  }
  return undefined;
}

