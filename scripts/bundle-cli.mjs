// Bundles the command line into dist/cli.js and a few lazily loaded chunks beside it, so that a
// command starts without resolving and reading hundreds of modules. The library (dist/index.js)
// stays as tsc writes it. Packages that are large or loaded only for some work stay outside.
import { readdir, readFile, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/** Modules that read files beside themselves (import.meta.url) keep the URL they have unbundled, in dist/. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const compiled = relative(`${root}src`, args.path).replace(/\.ts$/, '.js');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(`./${compiled}`)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

// Chunks of an earlier bundle would stay beside the new ones.
for (const name of await readdir(`${root}dist`)) if (name.startsWith('_chunks-')) await rm(`${root}dist/${name}`);

await build({
  entryPoints: [`${root}src/cli.ts`],
  outdir: `${root}dist`,
  entryNames: '[name]',
  chunkNames: '_chunks-[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  external: ['puppeteer-core', '@puppeteer/browsers', 'pptxgenjs', 'jszip', '@cantoo/pdf-lib', 'chokidar', 'katex', 'highlight.js', 'reveal.js', 'mermaid'],
  banner: { js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);" },
  plugins: [keepModuleUrls],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
