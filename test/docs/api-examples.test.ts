import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MINI_COURSE, REPO, tempDir } from '../helpers/paths.js';

/** The TypeScript examples of docs/api.md, in order. */
const examples = [...readFileSync(join(REPO, 'docs/api.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const bin = (name: string) => join(REPO, 'node_modules/.bin', name);

/** A project that installed Lectern, with a course in lectures/. */
let project: string;

beforeAll(() => {
  project = tempDir('lectern-api-');
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(REPO, join(project, 'node_modules/lectern'));
  symlinkSync(join(REPO, 'node_modules/@types'), join(project, 'node_modules/@types'));
  cpSync(MINI_COURSE, join(project, 'lectures'), { recursive: true });
  examples.forEach((code, i) => writeFileSync(join(project, `example-${i}.mts`), code));
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] }, include: ['*.mts'] }),
  );
});

describe('the examples of docs/api.md', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it('compile against the published types', () => {
    const tsc = spawnSync(bin('tsc'), ['-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);

  it.each(examples.map((_, i) => i))('example %i runs', (i) => {
    const run = spawnSync(bin('tsx'), [`example-${i}.mts`], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);
});
