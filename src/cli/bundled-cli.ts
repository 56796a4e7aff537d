#!/usr/bin/env node
// The command line as the package ships it: scripts/bundle-cli.mjs writes this file to dist/cli.js and
// the whole program to dist/lectern.cjs, which loads through the compile cache (load-bundle.ts).
import { fileURLToPath } from 'node:url';
import { answerVersion } from './package-version.js';

if (!answerVersion(process.argv.slice(2))) {
  const { compileCacheDir, loadBundle } = await import('./load-bundle.js');
  const program = loadBundle(fileURLToPath(new URL('../lectern.cjs', import.meta.url)), compileCacheDir()) as typeof import('./program.js');
  await program.runProgram(process.argv);
}
