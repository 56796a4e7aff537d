// Bundles the command line: the whole program into dist/lectern.cjs, one CommonJS file that
// src/cli/load-bundle.ts compiles with V8's code cache, and a small dist/cli.js that answers
// --version or loads it. A command then starts without resolving, reading and compiling hundreds
// of modules. The library (dist/index.js) stays as tsc writes it. Packages that are large or
// loaded only for some work stay outside, loaded when used; those that print are bundled each into
// a file of its own, dist/packages/*.cjs, which the program loads through the same cache.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/**
 * The packages that print, wanted by few commands but then at once: each is bundled into
 * dist/packages/<name>.cjs, and the program's imports of it load that file through the compile
 * cache (src/cli/cached-package.ts) the first time they run.
 */
const CACHED_PACKAGES = {
  // What only downloading a browser (archives, proxies) and its command line use stays out, required
  // from the installed packages should it be wanted, as it is without bundles: only when used.
  'puppeteer-core': ['yargs', 'yargs/*', 'extract-zip', 'tar-fs', 'http-proxy-agent', 'https-proxy-agent', 'socks-proxy-agent', 'pac-proxy-agent'],
  '@cantoo/pdf-lib': [],
};
const packageFile = (name) => `${name.replace(/^@/, '').replace('/', '-')}.cjs`;

const fromCachedPackages = {
  name: 'from-cached-packages',
  setup(b) {
    const names = new RegExp(`^(${Object.keys(CACHED_PACKAGES).map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: 'cached-package' }));
    b.onLoad({ filter: /.*/, namespace: 'cached-package' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`${root}src/cli/cached-package.ts`)}).cachedPackage(${JSON.stringify(packageFile(args.path))});`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * Puppeteer's WebDriver BiDi side (for Firefox, which Lectern does not drive) stays out of its
 * bundle: should it ever be wanted, it is required from the installed package.
 */
const withoutBidi = {
  name: 'without-bidi',
  setup(b) {
    b.onResolve({ filter: /(^|\/)bidi\.js$/ }, (args) => (args.importer.includes('/puppeteer-core/') ? { path: 'puppeteer-core/internal/bidi/bidi.js', external: true } : undefined));
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
  external: ['@puppeteer/browsers', 'pptxgenjs', 'jszip', 'chokidar', 'katex', 'highlight.js', 'reveal.js', 'mermaid'],
  // A script compiled through node:vm cannot import(): packages loaded on demand are required.
  supported: { 'dynamic-import': false },
  banner: { js: "const __lecternUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [oneMarkdownIt, fromCachedPackages, bundlePrecompiledTemplates, keepModuleUrls('__lecternUrl')],
});
await writeFile(`${root}dist/lectern.cjs`, asciiOnly(await readFile(`${root}dist/lectern.cjs`, 'utf8')));

await rm(`${root}dist/packages`, { recursive: true, force: true });
await mkdir(`${root}dist/packages`);
for (const [name, external] of Object.entries(CACHED_PACKAGES)) {
  const outfile = `${root}dist/packages/${packageFile(name)}`;
  await build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
    outfile,
    format: 'cjs',
    external,
    supported: { 'dynamic-import': false },
    plugins: [withoutBidi],
  });
  await writeFile(outfile, asciiOnly(await readFile(outfile, 'utf8')));
}

await build({
  ...common,
  entryPoints: [`${root}src/cli/bundled-cli.ts`],
  outfile: `${root}dist/cli.js`,
  format: 'esm',
  plugins: [keepModuleUrls('import.meta.url')],
});
