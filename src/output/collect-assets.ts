import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDirectory, isFile, resolvesInside } from '../course/course-files.js';
import { templateBoundary } from '../render/template-registry.js';

/** A file the site needs, copied from a package or a template root into output/assets/. */
export interface Asset {
  /** Path under output/assets/. */
  to: string;
  from: string;
}

const require = createRequire(import.meta.url);

/**
 * A package's folder, found where Node looks for it (node_modules folders up
 * from here) without resolving an entry point through its exports map.
 */
function packageDir(name: string): string {
  for (const modules of require.resolve.paths(name) ?? []) {
    if (existsSync(join(modules, name, 'package.json'))) return join(modules, name);
  }
  throw new Error(`cannot find the package ${name}: reinstall Lectern`);
}

function folder(from: string, to: string, keep: (name: string) => boolean = () => true): Asset[] {
  return readdirSync(from)
    .filter(keep)
    .sort()
    .map((name) => ({ from: join(from, name), to: `${to}/${name}` }));
}

const FONT_SUBSETS = /-(cyrillic|cyrillic-ext|latin|latin-ext)-\d+-(normal|italic)\.woff2?$/;

/**
 * The plugins a deck may ask for (mermaid diagrams, menu), shipped locally.
 * The chalkboard is among the built-in templates' assets: its package,
 * reveal.js-plugins 4.6, depends on npm 6 itself.
 */
function pluginAssets(): Asset[] {
  const mermaid = packageDir('mermaid');
  const menu = packageDir('reveal.js-menu');
  return [
    { from: join(mermaid, 'dist/mermaid.min.js'), to: 'plugins/mermaid/mermaid.min.js' },
    { from: join(menu, 'menu.js'), to: 'plugins/menu/menu.js' },
    { from: join(menu, 'menu.css'), to: 'plugins/menu/menu.css' },
    { from: join(menu, 'font-awesome/css/all.css'), to: 'plugins/menu/font-awesome/css/all.css' },
    ...folder(join(menu, 'font-awesome/webfonts'), 'plugins/menu/font-awesome/webfonts', (f) => f.endsWith('.woff2')),
  ];
}

/** reveal.js and its notes and zoom plugins, the fonts (with Cyrillic), KaTeX, a highlighting style, MiniSearch for the site's search, and the optional plugins. */
export function packageAssets(): Asset[] {
  const reveal = packageDir('reveal.js');
  const sans = packageDir('@fontsource/pt-sans');
  const mono = packageDir('@fontsource/pt-mono');
  const katex = packageDir('katex');
  const hljs = packageDir('highlight.js');
  const minisearch = packageDir('minisearch');
  return [
    { from: join(reveal, 'dist/reveal.js'), to: 'reveal/reveal.js' },
    { from: join(reveal, 'dist/reveal.css'), to: 'reveal/reveal.css' },
    { from: join(reveal, 'dist/plugin/notes.js'), to: 'reveal/plugin/notes.js' },
    { from: join(reveal, 'dist/plugin/zoom.js'), to: 'reveal/plugin/zoom.js' },
    ...['400.css', '700.css', '400-italic.css', '700-italic.css'].map((f) => ({ from: join(sans, f), to: `fonts/pt-sans/${f}` })),
    ...folder(join(sans, 'files'), 'fonts/pt-sans/files', (f) => FONT_SUBSETS.test(f)),
    { from: join(mono, '400.css'), to: 'fonts/pt-mono/400.css' },
    ...folder(join(mono, 'files'), 'fonts/pt-mono/files', (f) => FONT_SUBSETS.test(f)),
    { from: join(katex, 'dist/katex.min.css'), to: 'katex/katex.min.css' },
    ...folder(join(katex, 'dist/fonts'), 'katex/fonts', (f) => f.endsWith('.woff2')),
    { from: join(hljs, 'styles/a11y-light.min.css'), to: 'highlight/a11y-light.min.css' },
    { from: join(minisearch, 'dist/umd/index.js'), to: 'minisearch/minisearch.js' },
    ...pluginAssets(),
  ];
}

/**
 * Files under `assets/` and `themes/` of each template root, later roots
 * shadowing earlier ones. A course's files that are links leading outside
 * the course are passed to `outside` and not copied (folders that do so are
 * skipped: the template registry reports them).
 */
export function templateAssets(roots: string[], outside: (file: string) => void = () => {}): Asset[] {
  const byPath = new Map<string, Asset>();
  const walk = (dir: string, to: string, boundary: string | undefined, ancestors: string[] = []) => {
    if (!isDirectory(dir) || (boundary && !resolvesInside(boundary, dir))) return;
    const real = realpathSync(dir);
    if (ancestors.includes(real)) return;
    // Code-unit order: the same on every machine, and no collator to load.
    for (const name of readdirSync(dir).sort()) {
      const from = join(dir, name);
      if (isDirectory(from)) walk(from, `${to}${name}/`, boundary, [...ancestors, real]);
      else if (!isFile(from)) continue;
      else if (boundary && !resolvesInside(boundary, from)) outside(from);
      else byPath.set(`${to}${name}`, { from, to: `${to}${name}` });
    }
  };
  for (const root of roots) {
    walk(join(root, 'assets'), '', templateBoundary(root));
    walk(join(root, 'themes'), 'themes/', templateBoundary(root));
  }
  return [...byPath.values()];
}
