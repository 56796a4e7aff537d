import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';

/** The schemas as shipped in the package (written by `npm run compile`). */
function shipped(name: string): object {
  return JSON.parse(readFileSync(join(REPO, 'schemas', `${name}.schema.json`), 'utf8')) as object;
}

const ajv = new Ajv({ strict: false, allErrors: true });
const course = ajv.compile(shipped('course'));
const sources = ajv.compile(shipped('sources'));
const facts = ajv.compile(shipped('facts'));
const read = (path: string): unknown => parse(readFileSync(join(REPO, path), 'utf8'));

describe('the shipped JSON Schemas', () => {
  it('accept every file of the example course', () => {
    expect(course(read('lectures/course.yaml')), JSON.stringify(course.errors)).toBe(true);
    expect(sources(read('lectures/sources.yaml')), JSON.stringify(sources.errors)).toBe(true);
    for (const file of readdirSync(join(REPO, 'lectures/facts'))) {
      expect(facts(read(`lectures/facts/${file}`)), `${file}: ${JSON.stringify(facts.errors)}`).toBe(true);
    }
  });

  it('reject what Lectern rejects: a misspelt key, a value of the wrong kind, an unknown fact type', () => {
    expect(course({ title: 'T', languages: ['en'], lanugage: 'en' })).toBe(false);
    expect(course({ title: 'T', languages: 'en' })).toBe(false);
    expect(facts([{ id: 'x', type: 'rumour', title: 'X', sources: [{ source: 's', quote: 'q' }] }])).toBe(false);
    expect(sources([{ id: 's' }])).toBe(false);
  });
});
