import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A file the site needs, copied from a package or a template root into output/assets/. */
export interface Asset {
  /** Path under output/assets/. */
  to: string;
  from: string;
}

const require = createRequire(import.meta.url);

function packageDir(name: string, entry = name): string {
  let dir = dirname(require.resolve(entry));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

function folder(from: string, to: string, keep: (name: string) => boolean = () => true): Asset[] {
  return readdirSync(from)
    .filter(keep)
    .sort()
    .map((name) => ({ from: join(from, name), to: `${to}/${name}` }));
}

const FONT_SUBSETS = /-(cyrillic|cyrillic-ext|latin|latin-ext)-\d+-(normal|italic)\.woff2?$/;

/** reveal.js and its notes plugin, the fonts (with Cyrillic), KaTeX and a highlighting style. */
export function packageAssets(): Asset[] {
  const reveal = packageDir('reveal.js');
  const sans = packageDir('@fontsource/pt-sans', '@fontsource/pt-sans/400.css');
  const mono = packageDir('@fontsource/pt-mono', '@fontsource/pt-mono/400.css');
  const katex = packageDir('katex');
  const hljs = packageDir('highlight.js');
  return [
    { from: join(reveal, 'dist/reveal.js'), to: 'reveal/reveal.js' },
    { from: join(reveal, 'dist/reveal.css'), to: 'reveal/reveal.css' },
    { from: join(reveal, 'dist/plugin/notes.js'), to: 'reveal/plugin/notes.js' },
    ...['400.css', '700.css', '400-italic.css', '700-italic.css'].map((f) => ({ from: join(sans, f), to: `fonts/pt-sans/${f}` })),
    ...folder(join(sans, 'files'), 'fonts/pt-sans/files', (f) => FONT_SUBSETS.test(f)),
    { from: join(mono, '400.css'), to: 'fonts/pt-mono/400.css' },
    ...folder(join(mono, 'files'), 'fonts/pt-mono/files', (f) => FONT_SUBSETS.test(f)),
    { from: join(katex, 'dist/katex.min.css'), to: 'katex/katex.min.css' },
    ...folder(join(katex, 'dist/fonts'), 'katex/fonts', (f) => f.endsWith('.woff2')),
    { from: join(hljs, 'styles/github.min.css'), to: 'highlight/github.min.css' },
  ];
}

/** Files under `assets/` of each template root, later roots shadowing earlier ones. */
export function templateAssets(roots: string[]): Asset[] {
  const byPath = new Map<string, Asset>();
  const walk = (dir: string, to: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const from = join(dir, entry.name);
      if (entry.isDirectory()) walk(from, `${to}${entry.name}/`);
      else byPath.set(`${to}${entry.name}`, { from, to: `${to}${entry.name}` });
    }
  };
  for (const root of roots) {
    walk(join(root, 'assets'), '');
    walk(join(root, 'themes'), 'themes/');
  }
  return [...byPath.values()];
}
