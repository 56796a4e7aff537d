import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readYaml, validate } from '../../src/course/read-yaml.js';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { factSchema } from '../../src/facts/fact-schema.js';

function problems(text: string, schema: z.ZodType = z.array(factSchema)) {
  const diagnostics = new Diagnostics();
  const yaml = readYaml('facts.yaml', text, diagnostics);
  if (yaml) validate(yaml, yaml.value, schema, diagnostics);
  return diagnostics.list.map((d) => `${d.start.line}:${d.start.column} ${d.message}`);
}

describe('readYaml + validate', () => {
  it('points a bad nested date at its node', () => {
    const text = [
      '- id: trial',
      '  type: event',
      '  title: {en: Trial}',
      '  date: "Aug 1936"',
      '  sources: [{source: s, quote: q}]',
    ].join('\n');
    expect(problems(text)).toEqual(['4:9 date: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists, found "Aug 1936"']);
  });

  it('points at a field deep inside a list', () => {
    const text = ['- id: trial', '  type: event', '  title: T', '  date: "1936"', '  sources:', '    - source: s', '      quote: ""'].join('\n');
    expect(problems(text)).toEqual(['7:14 quote: expected the words of the source, found an empty text']);
  });

  it('names an unknown key at the key', () => {
    const text = ['- id: trial', '  type: event', '  title: T', '  date: "1936"', '  dte: "1937"', '  sources: [{source: s, quote: q}]'].join('\n');
    expect(problems(text)).toEqual(['5:3 unknown key "dte" in the event — did you mean "date"?']);
  });

  it('rejects impossible days', () => {
    const text = ['- id: t', '  type: event', '  title: T', '  date: "1936-02-30"', '  sources: [{source: s, quote: q}]'].join('\n');
    expect(problems(text)[0]).toMatch(/^4:9 date: expected an ISO date/);
  });

  it('reports syntax errors at their line', () => {
    expect(problems('- id: a\n  title: [unclosed\n')).toEqual(['2:10 the list opened here with "[" is not closed with "]"']);
  });

  it('reports a key indented one space too far at its own line, not at the value before it', () => {
    expect(problems('- id: kepler\n  type: person\n   name: {en: Kepler}\n  sources: []\n')).toEqual([
      "3:4 this line is indented further than the line before it, so it reads as part of that line's value",
    ]);
    expect(problems('title: A\n  subtitle: B\n', z.unknown())).toEqual(["2:3 this line is indented further than the line before it, so it reads as part of that line's value"]);
    // Text with ": " in it is the other cause of the same parser error: that one stands where the value does.
    expect(problems('- id: a\n  title: Note: this\n')).toEqual(['2:10 a value here is followed by another "key: value": text that contains ": " needs quotes, or the next line is indented further than its neighbours']);
  });

  it('reports a duplicate key', () => {
    expect(problems('- id: a\n  id: b\n')).toEqual(['2:3 this key is written twice in the same entry']);
  });
});
