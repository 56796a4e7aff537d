import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';

it('a test file leaves none of its temporary folders behind', { timeout: 180_000 }, async () => {
  // Its own temporary folder, made without the helper so that the helper cannot remove it.
  const tmp = mkdtempSync(join(tmpdir(), 'lectern-tmpdir-'));
  try {
    const vitest = join(REPO, 'node_modules/vitest/vitest.mjs');
    const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', 'test/cli/new-command.test.ts'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', CI: '' },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Tests\s+\d+ passed/);
    // The folders are removed in the background once the file's tests are done.
    const left = () => readdirSync(tmp).filter((name) => name.startsWith('lectern-'));
    for (let i = 0; i < 600 && left().length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(left()).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
