import Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import { escapeHtml } from '../html/escape-html.js';

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;

/** A helper as outlines call it: positional arguments, then the options (hash, loc, name, block functions). */
export type OutlineHelper = (this: unknown, ...args: unknown[]) => unknown;

export interface OutlineHelpers {
  helpers: Record<string, OutlineHelper>;
  /** Called for `{{name …}}` with arguments when no helper has that name. */
  missing: OutlineHelper;
  /** How many {{#each}} iterations the whole outline may run; past it, a loop renders nothing. */
  loops?: { max: number; exceeded(options: HelperOptions): void };
}

interface Frame {
  context: unknown;
  data: Record<string, unknown>;
  parent?: Frame;
}

/**
 * Evaluates a parsed outline (a Handlebars AST) with the fact helpers and the
 * built-in blocks `each`, `if`, `unless` and `with`. Outlines use this small
 * subset of Handlebars; interpreting it directly spares the compilation to
 * JavaScript, which costs more than the whole evaluation on a cold start.
 * Helpers' strings are HTML they escaped themselves; other values are escaped.
 */
export function evaluateOutline(program: hbs.AST.Program, { helpers, missing, loops }: OutlineHelpers, context: unknown): string {
  let iterations = 0;
  const blocks: Record<string, (frame: Frame, node: hbs.AST.BlockStatement, args: unknown[]) => string> = {
    each: (frame, node, [list]) => {
      const items = Array.isArray(list) ? list : list && typeof list === 'object' ? Object.values(list) : [];
      if (!items.length) return node.inverse ? run(node.inverse, frame) : '';
      iterations += items.length;
      if (loops && iterations > loops.max) {
        loops.exceeded(options(node, frame));
        return '';
      }
      return items
        .map((item, index) => run(node.program, { context: item, data: { index, first: index === 0, last: index === items.length - 1 }, parent: frame }))
        .join('');
    },
    if: (frame, node, [value]) => (truthy(value) ? run(node.program, frame) : node.inverse ? run(node.inverse, frame) : ''),
    unless: (frame, node, [value]) => (!truthy(value) ? run(node.program, frame) : node.inverse ? run(node.inverse, frame) : ''),
    with: (frame, node, [value]) =>
      truthy(value) ? run(node.program, { context: value, data: {}, parent: frame }) : node.inverse ? run(node.inverse, frame) : '',
  };

  const options = (node: { loc: hbs.AST.SourceLocation; hash?: hbs.AST.Hash; path: Expression }, frame: Frame): HelperOptions =>
    ({
      name: pathName(node.path),
      hash: Object.fromEntries((node.hash?.pairs ?? []).map((pair) => [pair.key, value(pair.value, frame)])),
      loc: node.loc,
      data: frame.data,
      fn: () => '',
      inverse: () => '',
    }) as unknown as HelperOptions;

  const call = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, frame: Frame): { found: boolean; result: unknown } => {
    const name = pathName(node.path);
    const args = node.params.map((p) => value(p, frame));
    const helper = name && Object.hasOwn(helpers, name) ? helpers[name] : undefined;
    if (helper) return { found: true, result: helper.call(frame.context, ...args, options(node, frame)) };
    if (args.length || node.hash?.pairs.length || node.type === 'SubExpression') {
      return { found: true, result: missing.call(frame.context, ...args, options(node, frame)) };
    }
    return { found: false, result: undefined };
  };

  const value = (node: Expression, frame: Frame): unknown => {
    switch (node.type) {
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
        return (node as hbs.AST.StringLiteral).value;
      case 'UndefinedLiteral':
        return undefined;
      case 'NullLiteral':
        return null;
      case 'SubExpression':
        return call(node as hbs.AST.SubExpression, frame).result;
      case 'PathExpression':
        return lookup(node as hbs.AST.PathExpression, frame);
      default:
        return undefined;
    }
  };

  const run = (program: hbs.AST.Program, frame: Frame): string => program.body.map((node) => statement(node, frame)).join('');

  const statement = (node: Node, frame: Frame): string => {
    switch (node.type) {
      case 'ContentStatement':
        return (node as hbs.AST.ContentStatement).value;
      case 'CommentStatement':
        return '';
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        const { found, result } = call(mustache, frame);
        const out = found ? result : value(mustache.path, frame);
        if (out === undefined || out === null) return '';
        if (found && typeof out === 'string') return out;
        const text = typeof out === 'object' && 'toHTML' in out ? String((out as { toHTML(): string }).toHTML()) : String(out);
        return mustache.escaped && !(typeof out === 'object' && 'toHTML' in out) ? escapeHtml(text) : text;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = pathName(block.path);
        const args = block.params.map((p) => value(p, frame));
        const builtIn = name && Object.hasOwn(blocks, name) ? blocks[name] : undefined;
        if (builtIn && !args.length) throw new OutlineError(`{{#${name}}} needs an argument, such as {{#${name} (facts tag="…")}}`, block.loc);
        if (builtIn) return builtIn(frame, block, args);
        const helper = name && Object.hasOwn(helpers, name) ? helpers[name] : undefined;
        const opts = { ...options(block, frame), fn: (context: unknown) => run(block.program, { context, data: {}, parent: frame }) };
        const result = (helper ?? missing).call(frame.context, ...args, opts);
        return typeof result === 'string' ? result : '';
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const partial = node as hbs.AST.PartialStatement;
        throw new OutlineError(`partials ({{> ${pathName(partial.name as Expression) ?? '…'}}}) cannot be used in an outline`, partial.loc);
      }
      default:
        // Decorators ({{* name}}) have no meaning in an outline either.
        throw new OutlineError('decorators ({{* …}}) cannot be used in an outline', node.loc);
    }
  };

  return run(program, { context, data: {} });
}

/** A failure while evaluating, at the place of the block or helper (Handlebars' error fields). */
export class OutlineError extends Error {
  readonly lineNumber: number;
  readonly column: number;

  constructor(message: string, loc: hbs.AST.SourceLocation) {
    super(message);
    this.lineNumber = loc.start.line;
    this.column = loc.start.column;
  }
}

function pathName(path: Expression): string | undefined {
  return path.type === 'PathExpression' ? (path as hbs.AST.PathExpression).original : undefined;
}

function lookup(path: hbs.AST.PathExpression, frame: Frame): unknown {
  let at: Frame | undefined = frame;
  for (let i = 0; i < path.depth && at; i++) at = at.parent;
  if (!at) return undefined;
  if (path.data) return at.data[path.parts[0] ?? ''];
  let current: unknown = at.context;
  for (const part of path.parts) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Handlebars' notion: empty lists and falsy values (0 included) are false. */
function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

