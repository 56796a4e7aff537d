import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { REPO } from './helpers/paths.js';

const SEEDS = join(REPO, '..', 'shared', 'seeds');

describe('the example course', () => {
  it.skipIf(!existsSync(SEEDS))('checks clean: no errors, no warnings, every quote verified against the seed texts', async () => {
    const { diagnostics, lectures, facts, quotes } = await check({ course: join(REPO, 'lectures') });
    const problems = diagnostics.list.filter((d) => d.severity !== 'info').map((d) => `${d.file}:${d.start.line} ${d.message}`);
    expect(problems).toEqual([]);
    expect(lectures).toBe(2);
    expect(facts).toBeGreaterThan(40);
    expect(quotes.unverified).toBe(0);
    expect(quotes.verified).toBeGreaterThan(80);
  });
});
