// Bundles the command line: the whole program into dist/lectern.cjs, one CommonJS file that
// src/cli/load-bundle.ts compiles with V8's code cache, and a small dist/cli.js that answers
// --version or loads it. A command then starts without resolving, reading and compiling hundreds
// of modules. The library (dist/index.js) stays as tsc writes it. Packages that are large or
// loaded only for some work stay outside, loaded when used.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { build } from 'esbuild';
import { asciiOnly } from './ascii-only.mjs';

const root = new URL('..', import.meta.url).pathname;

/**
 * Modules that read files beside themselves keep the URL they have unbundled, in dist/:
 * `import.meta.url` becomes that file's URL, resolved against the bundle's own.
 */
const keepModuleUrls = (bundleUrl) => ({
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const compiled = relative(`${root}src`, args.path).replace(/\.ts$/, '.js');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(`./${compiled}`)}, ${bundleUrl}).href`), loader: 'ts' };
    });
  },
});

/**
 * The built-in templates' compiled forms (dist/precompiled-templates.cjs, which the program reads
 * beside itself when unbundled) go into the bundle, and so into its code cache.
 */
const bundlePrecompiledTemplates = {
  name: 'bundle-precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /\/src\/render\/precompiled-templates\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const load = "createRequire(import.meta.url)('../precompiled-templates.cjs')";
      if (!source.includes(load)) throw new Error(`${args.path} no longer loads the templates with ${load}`);
      return { contents: source.replace(load, `require(${JSON.stringify(`${root}dist/precompiled-templates.cjs`)})`), loader: 'ts' };
    });
  },
};

/**
 * markdown-it-attrs require()s markdown-it where Lectern imports it: both get its CommonJS build,
 * so that the bundle holds and starts one markdown-it (with its linkify-it, mdurl and entities).
 */
const oneMarkdownIt = {
  name: 'one-markdown-it',
  setup(b) {
    b.onResolve({ filter: /^markdown-it$/ }, (args) =>
      args.kind === 'import-statement' ? b.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir, importer: args.importer }) : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

// Files of earlier bundles would stay beside the new ones.
for (const name of await readdir(`${root}dist`)) if (name.startsWith('_chunks-')) await rm(`${root}dist/${name}`);

await build({
  ...common,
  entryPoints: [`${root}src/cli/program.ts`],
  outfile: `${root}dist/lectern.cjs`,
  format: 'cjs',
  external: ['puppeteer-core', '@puppeteer/browsers', 'pptxgenjs', 'jszip', '@cantoo/pdf-lib', 'chokidar', 'katex', 'highlight.js', 'reveal.js', 'mermaid'],
  // A script compiled through node:vm cannot import(): packages loaded on demand are required.
  supported: { 'dynamic-import': false },
  banner: { js: "const __lecternUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [oneMarkdownIt, bundlePrecompiledTemplates, keepModuleUrls('__lecternUrl')],
});
await writeFile(`${root}dist/lectern.cjs`, asciiOnly(await readFile(`${root}dist/lectern.cjs`, 'utf8')));

await build({
  ...common,
  entryPoints: [`${root}src/cli/bundled-cli.ts`],
  outfile: `${root}dist/cli.js`,
  format: 'esm',
  plugins: [keepModuleUrls('import.meta.url')],
});
