import { join } from 'node:path';
import { REPO } from './paths.js';

/** The bundled program, which `npm run compile` writes (scripts/bundle-cli.mjs); tsc alone does not. */
export const BUNDLE = join(REPO, 'dist/lectern.cjs');

/** The command line as the package ships it: it loads the bundle. */
export const BUNDLED_CLI = join(REPO, 'dist/cli/bundled-cli.js');

/** The program as tsc writes it, unbundled, as a script for `node --input-type=module -e`: what the bundle must do the same as. */
export const UNBUNDLED = `const { runProgram } = await import(${JSON.stringify(join(REPO, 'dist/cli/program.js'))}); await runProgram(['node', 'lectern', ...process.argv.slice(1)]);`;
