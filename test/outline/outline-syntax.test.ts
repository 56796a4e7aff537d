import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { renderOutlineBody } from '../helpers/render-outline.js';

/**
 * Outline syntax fixtures: each NAME.md in test/fixtures/outline-syntax is an
 * outline body; NAME.html holds the slides it must render to (title and
 * sources slides left out). UPDATE_GOLDEN=1 rewrites the expected files.
 */
const DIR = join(FIXTURES, 'outline-syntax');
const cases = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();

describe('outline syntax', () => {
  it.each(cases)('%s', async (name) => {
    const { html, diagnostics } = await renderOutlineBody(readFileSync(join(DIR, name), 'utf8'));
    expect(diagnostics.list).toEqual([]);
    const expectedFile = join(DIR, name.replace(/\.md$/, '.html'));
    if (process.env.UPDATE_GOLDEN || !existsSync(expectedFile)) writeFileSync(expectedFile, html);
    expect(html).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
