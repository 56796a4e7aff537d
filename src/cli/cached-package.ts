// The packages that print (puppeteer-core, pdf-lib) are large and wanted only by the commands that
// print: the bundled program leaves them out, and scripts/bundle-cli.mjs bundles each into a file of
// its own under dist/packages/. Such a file is loaded here when the program first uses the package,
// through the compile cache as the program itself is (load-bundle.ts): no resolving, reading and
// compiling of a few hundred modules on every run.
import { fileURLToPath } from 'node:url';
import { compileCacheDir, loadBundle } from './load-bundle.js';

/** A package's bundle, `file` being its name in dist/packages/. */
export function cachedPackage(file: string): unknown {
  return loadBundle(fileURLToPath(new URL(`../packages/${file}`, import.meta.url)), compileCacheDir());
}
