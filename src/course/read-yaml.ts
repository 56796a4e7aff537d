import { CORE_SCHEMA, load } from 'js-yaml';
import { isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';

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
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, filename: file }) ?? undefined;
  } catch (error) {
    reportSyntax(file, text, diagnostics, lineOffset, error as Error & { mark?: { line: number; column: number } });
    return undefined;
  }
  let parsed: { doc: Document; at(offset: number): Position } | undefined;
  const located = () => (parsed ??= parseWithPositions(text, lineOffset));
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

/** Syntax errors in the yaml package's words and places (js-yaml's own as a fallback). */
function reportSyntax(file: string, text: string, diagnostics: Diagnostics, lineOffset: number, error: Error & { mark?: { line: number; column: number }; reason?: string }): void {
  const hint = 'check the indentation, the colon after each key, and quote text that contains ": " or " #"';
  const { doc, at } = parseWithPositions(text, lineOffset);
  for (const e of doc.errors) diagnostics.error(file, at(e.pos[0]), 'yaml-syntax', yamlMessage(e.message), { hint });
  if (!doc.errors.length) {
    const start = { line: (error.mark?.line ?? 0) + 1 + lineOffset, column: (error.mark?.column ?? 0) + 1 };
    diagnostics.error(file, start, 'yaml-syntax', error.reason ?? error.message.split('\n')[0]!, { hint });
  }
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
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const position = unknownKey ? source.locateKey([...issuePath, unknownKey]) : source.locate(issuePath);
    const field = unknownKey ?? issue.path.filter((p) => typeof p === 'string').at(-1);
    const message = unknownKey ? `unknown key "${unknownKey}"` : issue.message;
    diagnostics.error(source.file, position, 'schema', field && !unknownKey ? `${field}: ${message}` : message, {
      hint: unknownKey
        ? 'check the spelling of the key; docs/authoring.md lists the keys of each kind of entry'
        : (issue as { input?: unknown }).input === undefined
          ? `add "${field ?? 'it'}:"; docs/authoring.md shows its format`
          : 'docs/authoring.md shows the format of each key',
    });
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

function yamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}
