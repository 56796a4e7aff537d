// Writes npm-shrinkwrap.json, the locked tree a packed Lectern installs with, from package-lock.json:
// every package the tests ran with, at its locked version, without the development-only ones.
// `node scripts/write-shrinkwrap.mjs [folder]` (default: the project); `--remove` deletes it again after packing.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? new URL('..', import.meta.url).pathname);
const target = join(folder, 'npm-shrinkwrap.json');

if (args.includes('--remove')) {
  rmSync(target, { force: true });
} else {
  const lock = JSON.parse(readFileSync(join(folder, 'package-lock.json'), 'utf8'));
  if (lock.lockfileVersion < 2 || !lock.packages) throw new Error('package-lock.json must be lockfileVersion 2 or 3: run npm install with npm 7 or later');
  const packages = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '') {
      const { devDependencies, ...root } = entry;
      packages[path] = root;
    } else if (!entry.dev) {
      // Needed by a development tool and, optionally, by Lectern: optional for a user.
      const { devOptional, ...kept } = entry;
      packages[path] = devOptional ? { ...kept, optional: true } : kept;
    }
  }
  writeFileSync(target, `${JSON.stringify({ ...lock, packages }, null, 2)}\n`);
  if (!existsSync(target)) throw new Error(`could not write ${target}`);
}
