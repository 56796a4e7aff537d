import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../bench/generate-deck.js';
import { FIXTURES, REPO, tempDir } from '../helpers/paths.js';

/** Builds a course in a fresh process and lists the Citation.js packages the process loaded. */
function citationPackagesLoaded(course: string): string[] {
  const script = `
    import { createRequire } from 'node:module';
    const { build } = await import(${JSON.stringify(join(REPO, 'dist/build.js'))});
    const result = await build({ course: ${JSON.stringify(course)}, out: ${JSON.stringify(join(tempDir(), 'out'))} });
    if (result.diagnostics.list.some((d) => d.severity === 'error')) throw new Error('the course did not build');
    const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => /node_modules\\/(@citation-js\\/[^/]+)\\//.exec(file)?.[1]).filter(Boolean);
    process.stdout.write(JSON.stringify([...new Set(loaded)].sort()));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' })) as string[];
}

describe('Citation.js is loaded when a course needs it', () => {
  it('is not loaded for a course that cites nothing and keeps no bibliography file', () => {
    const { course } = generateDeck(tempDir(), 20);
    // Only the small name parser, which sorts people's names, is wanted here.
    expect(citationPackagesLoaded(course)).toEqual(['@citation-js/name']);
  });

  it('is loaded, with the CSL plugin, for a course that cites its sources', () => {
    expect(citationPackagesLoaded(join(FIXTURES, 'mini-course'))).toEqual(expect.arrayContaining(['@citation-js/core', '@citation-js/plugin-csl']));
  });
});
