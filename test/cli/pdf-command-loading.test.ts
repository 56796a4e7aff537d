import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';

/** The packages a fresh process has loaded once it has imported the given modules of dist/. */
function packagesLoadedBy(modules: string[]): string[] {
  const script = `
    import { createRequire } from 'node:module';
    for (const module of ${JSON.stringify(modules.map((m) => join(REPO, 'dist', m)))}) await import(module);
    const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(file)?.[1]).filter(Boolean);
    process.stdout.write(JSON.stringify([...new Set(loaded)].sort()));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' })) as string[];
}

describe('the pdf command', () => {
  it('loads the packages that print, and those of the pptx export, only when it uses them', () => {
    const loaded = packagesLoadedBy(['build-pdfs.js']);
    for (const onDemand of ['jszip', 'pptxgenjs', 'puppeteer-core', '@cantoo/pdf-lib']) expect(loaded).not.toContain(onDemand);
  });
});
