import type * as z from 'zod';
import { didYouMean } from '../facts/did-you-mean.js';

/**
 * What a key of a course file is, in plain words, with an example value as
 * it is written in YAML. Schemas carry it as metadata (`.meta(about(…))`), so
 * that one schema validates, types and explains.
 */
export function about(description: string, example: string): { description: string; examples: [string] } {
  return { description, examples: [example] };
}

/** The name of a kind of entry, such as "the event" (`.meta(entry('the event'))`). */
export function entry(title: string): { title: string } {
  return { title };
}

export interface Explanation {
  message: string;
  hint: string;
}

type Issue = z.core.$ZodIssue;
type Schema = z.ZodType;
type Meta = { description?: string; examples?: unknown[]; title?: string };

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys and values',
  record: 'a map of keys and values',
  tuple: 'a list',
};

/** Zod's own wording begins so; a schema's own message is already plain. */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized)/;

/**
 * A schema problem in words a newcomer understands: what is wrong with which
 * key, and (as the hint) what the key is and an example of it. `schema` and
 * `value` are what was validated; an unknown key gets one explanation each.
 */
export function explainIssue(issue: Issue, schema: Schema, value: unknown): Array<Explanation & { key?: string }> {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const parentPath = path.slice(0, -1);
  const key = typeof path.at(-1) === 'string' ? (path.at(-1) as string) : undefined;
  const entryPath = key ? parentPath : path;
  const entryName = titleOf(schemaAt(schema, value, entryPath), valueAt(value, entryPath)) ?? 'the entry';

  if (issue.code === 'unrecognized_keys') {
    const object = schemaAt(schema, value, path);
    const keys = object ? Object.keys((resolve(object, valueAt(value, path)) as z.ZodObject).shape ?? {}) : [];
    return issue.keys.map((unknown) => {
      const guess = didYouMean(unknown, keys);
      return {
        key: unknown,
        message: `unknown key "${unknown}" in ${entryName}${guess ? ` — did you mean "${guess}"?` : ''}`,
        hint: keys.length ? `${capitalise(entryName)} takes the keys ${keys.join(', ')}` : 'docs/authoring.md lists the keys of each kind of entry',
      };
    });
  }

  const found = valueAt(value, path);
  const at = schemaAt(schema, value, path);
  const meta = metaOf(at);
  const example = meta?.examples?.[0];
  const explained = key && meta?.description ? `"${key}" is ${meta.description}${example !== undefined ? `; for example ${key}: ${example}` : ''}` : undefined;
  if (found === undefined && key && valueAt(value, parentPath) !== undefined) {
    return [{ message: `${entryName} has no "${key}"`, hint: explained ?? `add "${key}:"; docs/authoring.md shows its format` }];
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && found !== undefined) {
    const what = titleOf(at, found) ?? 'an entry';
    return [{ message: `expected ${what} written as keys and values, found ${describe(found)}`, hint: 'write one "key: value" a line, such as id: …, then type: …, each indented alike' }];
  }
  const guess = issue.code === 'invalid_union' && 'options' in issue && typeof found === 'string' ? didYouMean(found, (issue as { options: string[] }).options) : undefined;
  const wanted = expected(issue, at);
  const expectation = `${wanted}${wanted.startsWith('expected') ? `, found ${describe(found)}` : ''}${guess ? ` — did you mean "${guess}"?` : ''}`;
  // An item of a list is named by the list's key: "languages: expected a language code…".
  const label = key ?? path.filter((p): p is string => typeof p === 'string').at(-1);
  return [
    {
      message: label ? `${label}: ${expectation}` : expectation,
      hint: explained ?? (key ? 'docs/authoring.md shows the format of each key' : (meta?.description ?? 'docs/authoring.md shows the format of each file')),
    },
  ];
}

/** What the schema expected, in plain words. */
function expected(issue: Issue, schema: Schema | undefined): string {
  if (!ZOD_WORDING.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected ${oneOf(issue.values.map(String))}`;
    case 'too_small':
      return issue.origin === 'array' ? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` : 'expected a value that is not empty';
    case 'too_big':
      return issue.origin === 'array' ? `expected at most ${issue.maximum} items` : `expected at most ${issue.maximum}`;
    case 'invalid_union': {
      const values = schema && literalsOf(schema);
      return values ? `expected ${oneOf(values)}` : 'expected another kind of value';
    }
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'another form' : `a ${issue.format}`}`;
    default:
      return 'expected another value';
  }
}

function oneOf(values: string[]): string {
  return values.length === 1 ? values[0]! : `one of ${values.join(', ')}`;
}

/** The values of a union of literals (such as 1 | 3 | 6), if it is one. */
function literalsOf(schema: Schema): string[] | undefined {
  const options = (resolve(schema, undefined).def as { options?: Schema[] }).options ?? [];
  const values = options.map(literalValues);
  return options.length && values.every(Boolean) ? values.flatMap((v) => v!.map(String)) : undefined;
}

function literalValues(schema: Schema | undefined): unknown[] | undefined {
  return schema?.def.type === 'literal' ? (schema.def as unknown as { values: unknown[] }).values : undefined;
}

/** A value as the message shows what was found. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value === '') return 'an empty text';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length ? `a map (${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''})` : 'an empty map';
  }
  return String(value);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The part of a loaded value at a path, if there is one. */
export function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || typeof key === 'symbol') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** The schema inside optional, default and transform wrappers. */
function inner(schema: Schema): Schema | undefined {
  const def = schema.def as { type: string; innerType?: Schema; in?: Schema };
  if (def.type === 'pipe') return def.in;
  return def.innerType;
}

/** Unwraps a schema, and picks the option of a discriminated union (the type of fact) that a value names. */
function resolve(schema: Schema, value: unknown): Schema {
  let s = schema;
  for (let next = inner(s); next; next = inner(s)) s = next;
  const def = s.def as { type: string; discriminator?: string; options?: Schema[] };
  if (def.type === 'union' && def.discriminator && value && typeof value === 'object') {
    const tag = (value as Record<string, unknown>)[def.discriminator];
    const option = def.options?.find((o) => literalValues((o as z.ZodObject).shape?.[def.discriminator!] as Schema | undefined)?.includes(tag));
    if (option) return resolve(option, value);
  }
  return s;
}

/** The schema of the part of `value` at `path`: through maps, lists and the fact types; undefined past other unions. */
export function schemaAt(schema: Schema, value: unknown, path: ReadonlyArray<PropertyKey>): Schema | undefined {
  let s: Schema | undefined = schema;
  let v = value;
  for (const key of path) {
    if (!s) return undefined;
    const r = resolve(s, v);
    const def = r.def as { type: string; element?: Schema; valueType?: Schema; items?: Schema[]; discriminator?: string; options?: Schema[] };
    // A fact of no known type: its "type" key is described alike in every option.
    if (def.type === 'union' && key === def.discriminator) s = (def.options?.[0] as z.ZodObject | undefined)?.shape[key] as Schema | undefined;
    else if (def.type === 'object') s = (r as z.ZodObject).shape[String(key)] as Schema | undefined;
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else if (def.type === 'tuple') s = def.items?.[Number(key)];
    else return undefined;
    v = valueAt(v, [key]);
  }
  return s;
}

/** The first description found on a schema or inside its wrappers. */
function metaOf(schema: Schema | undefined): Meta | undefined {
  for (let s = schema; s; s = inner(s)) {
    const meta = s.meta() as Meta | undefined;
    if (meta?.description) return meta;
  }
  return undefined;
}

/** The name of the entry a schema validates: of the fact type a value names, else of the schema or its wrappers. */
function titleOf(schema: Schema | undefined, value: unknown): string | undefined {
  const chosen = schema && (resolve(schema, value).meta() as Meta | undefined)?.title;
  if (chosen) return chosen;
  for (let s = schema; s; s = inner(s)) {
    const title = (s.meta() as Meta | undefined)?.title;
    if (title) return title;
  }
  return undefined;
}
