import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../src/course/course-schema.js';
import { readYaml, validate } from '../../src/course/read-yaml.js';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { factSchema, sourceSchema } from '../../src/facts/fact-schema.js';
import { parseHelpers } from '../../src/outline/helper-syntax.js';
import { FIXTURES } from '../helpers/paths.js';

/**
 * No message may speak the validator's or a parser's own language: a
 * newcomer reads "title: expected text", never "Invalid input: expected
 * string, received undefined" or "Expecting 'ID', got 'INVALID'".
 */
const JARGON = /Invalid input|Invalid option|nonoptional|received undefined|Unrecognized key|Expecting|got '|Parse error|Implicit|implicit key|flow collection|scalar|map-value-ind/;

function messagesOf(diagnostics: Diagnostics): string[] {
  return diagnostics.list.flatMap((d) => [d.message, d.hint ?? '']);
}

/** Every message a YAML text gives, read and validated against a schema. */
function yamlMessages(text: string, schema: Parameters<typeof validate>[2]): string[] {
  const diagnostics = new Diagnostics();
  const yaml = readYaml('x.yaml', text, diagnostics);
  if (yaml) validate(yaml, yaml.value, schema, diagnostics);
  return messagesOf(diagnostics);
}

const WRONG_VALUES = ['42', '"text"', '[a, b]', '{en: x, de: y}', 'true', '""', '[]', '{}'];

const ENTRIES: Array<{ name: string; schema: Parameters<typeof validate>[2]; fields: Record<string, string> }> = [
  {
    name: 'event',
    schema: factSchema,
    fields: { id: 'a', type: 'event', title: 'E', date: '"1936"', tags: '[x]', people: '[p]', sources: '[{source: s, quote: q}]', disputed: '[{value: "1935", source: s, quote: q, note: n}]' },
  },
  { name: 'figure', schema: factSchema, fields: { id: 'a', type: 'figure', title: 'F', value: '3', approx: 'true', unit: 'people', asOf: '"1937"', sources: '[{source: s, quote: q}]' } },
  { name: 'quote', schema: factSchema, fields: { id: 'a', type: 'quote', text: 'T', lang: 'en', translations: '{de: x}', speaker: 'p', sources: '[{source: s, quote: q}]' } },
  { name: 'person', schema: factSchema, fields: { id: 'a', type: 'person', name: 'N', born: '"1900"', role: 'R', sources: '[{source: s, quote: q}]' } },
  { name: 'source', schema: sourceSchema, fields: { id: 's', title: 'T', language: 'en', kind: 'primary', year: '1968', url: 'https://example.org', file: 'a.txt' } },
  { name: 'course', schema: courseSchema, fields: { title: 'T', languages: '[en]', theme: 'lectern', translations: 'strict', html: 'true', handout: '{paper: A4, perPage: 3}' } },
];

const entryText = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

describe('messages in plain words', () => {
  it('no expected output of the broken courses speaks a validator or parser language', () => {
    const broken = join(FIXTURES, 'broken');
    const cases = readdirSync(broken, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(cases.length).toBeGreaterThan(20);
    for (const name of cases) {
      const expected = readFileSync(join(broken, name, 'expected.txt'), 'utf8');
      expect(expected, name).not.toMatch(JARGON);
    }
  });

  it.each(ENTRIES)('a $name with any key missing or of any wrong kind is explained, the key named', ({ schema, fields }) => {
    for (const key of Object.keys(fields)) {
      const { [key]: _, ...rest } = fields;
      for (const messages of [yamlMessages(entryText(rest), schema), ...WRONG_VALUES.map((v) => yamlMessages(entryText({ ...fields, [key]: v }), schema))]) {
        for (const m of messages) expect(m, `${key}: ${m}`).not.toMatch(JARGON);
      }
    }
    expect(yamlMessages(`${entryText(fields)}\nextra: 1`, schema).join('\n')).toMatch(/unknown key "extra"[\s\S]*takes the keys/);
  });

  it('YAML slips are reported once each, in plain words', () => {
    const slips = [
      '- id: a\n  type: event\n   date: "1936"\n',
      '- id: a\n  title: Kepler: the laws\n',
      '- id: a\n\ttitle: x\n',
      '- id: a\n  title: "E\n  date: 1\n',
      '- id: a\n  title x\n  date: 1\n',
      '- id: a\n  id: b\n',
      '- id: a\n  quote: "a" b\n',
      '- id: a\n  tags:\n  - a\n  -b\n',
      '- id: a\n  title: [E\n',
      '- id: a\n  title: {en: E\n',
    ];
    for (const text of slips) {
      const diagnostics = new Diagnostics();
      readYaml('x.yaml', text, diagnostics);
      expect(diagnostics.list, text).toHaveLength(1);
      for (const m of messagesOf(diagnostics)) expect(m, text).not.toMatch(JARGON);
    }
  });

  it('helper slips are explained without parser words', () => {
    const slips = ['{{fact "a")}}', '{{ }}', '{{fact "a" "b" =}}', '{{timeline tag=}}', '{{fact "a}}', '{{#each x}}y{{/with}}', '{{fact "a" (facts}}', '{{#each}}', '{{fact "a" tag="x}}', '{{fact "a" | b}}'];
    for (const text of slips) {
      const parsed = parseHelpers(text);
      expect('errors' in parsed, text).toBe(true);
      if ('errors' in parsed) for (const e of parsed.errors) expect(e.message, text).not.toMatch(JARGON);
    }
  });
});
