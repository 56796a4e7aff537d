import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { evaluateOutline, type OutlineHelper } from '../../src/outline/evaluate-outline.js';

function run(source: string, context: unknown = {}, helpers: Record<string, OutlineHelper> = {}) {
  const missing: string[] = [];
  const out = evaluateOutline(Handlebars.parse(source), {
    helpers,
    missing: (...args) => {
      missing.push((args.at(-1) as { name: string }).name);
      return '';
    },
  }, context);
  return { out, missing };
}

describe('evaluateOutline', () => {
  it('calls helpers with arguments, hash and position', () => {
    const seen: unknown[] = [];
    const helpers = {
      show: (...args: unknown[]) => {
        const options = args.pop() as { hash: object; loc: { start: { line: number; column: number } } };
        seen.push([args, options.hash, options.loc.start]);
        return '<b>html</b>';
      },
    };
    expect(run('a\n  {{show "x" 2 true k="v"}}', {}, helpers).out).toBe('a\n  <b>html</b>');
    expect(seen).toEqual([[['x', 2, true], { k: 'v' }, { line: 2, column: 2 }]]);
  });

  it('escapes values that are not helper output', () => {
    expect(run('{{title}} {{{title}}}', { title: '<i>' }).out).toBe('&lt;i&gt; <i>');
  });

  it('iterates with each, its @index and ../, and an else', () => {
    const helpers = { list: () => [{ id: 'a' }, { id: 'b' }] };
    expect(run('{{#each (list)}}{{@index}}:{{id}}/{{../who}} {{/each}}', { who: 'w' }, helpers).out).toBe('0:a/w 1:b/w ');
    expect(run('{{#each nothing}}x{{else}}none{{/each}}').out).toBe('none');
  });

  it('supports if, unless and with', () => {
    expect(run('{{#if a}}yes{{else}}no{{/if}}{{#unless a}}!{{/unless}}{{#with b}}{{c}}{{/with}}', { a: 0, b: { c: 'C' } }).out).toBe('no!C');
  });

  it('reports calls of unknown helpers, not plain unknown values', () => {
    const { out, missing } = run('{{nope "x"}}{{alsonope}}{{#blocky}}in{{/blocky}}');
    expect(out).toBe('');
    expect(missing).toEqual(['nope', 'blocky']);
  });

  it('keeps standalone block lines out of the text, as Handlebars does', () => {
    const helpers = { list: () => [1, 2] };
    expect(run('start\n{{#each (list)}}\n- {{this}}\n{{/each}}\nend', {}, helpers).out).toBe('start\n- 1\n- 2\nend');
  });

  it('reads only own properties of the context', () => {
    expect(run('{{constructor}}{{toString}}', {}).out).toBe('');
  });
});
