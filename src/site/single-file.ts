import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { Deck } from '../outline/compile-lecture.js';
import type { OutputEntry } from '../output/site-files.js';

const MIME: Record<string, string> = {
  woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf', css: 'text/css', js: 'text/javascript', svg: 'image/svg+xml',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
};

/** Where a deck's self-contained file goes: beside its folder, `<lang>/<lecture>.html`. */
export function singleFilePath(deck: Pick<Deck, 'lang' | 'lectureId'>): string {
  return `${deck.lang}/${deck.lectureId}.html`;
}

/** Reads a file of the output (rendered or copied) by its path; undefined when the output has none. */
export type OutputReader = (path: string) => Buffer | undefined;

export function outputReader(files: Map<string, OutputEntry>): OutputReader {
  return (path) => {
    const entry = files.get(path);
    if (!entry) return undefined;
    return 'text' in entry ? Buffer.from(entry.text) : readFileSync(entry.from);
  };
}

/** A path from a page, as a path of the output; undefined for addresses that are not files of the output. */
function outputPath(from: string, href: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href)) return undefined;
  const path = posix.normalize(posix.join(posix.dirname(from), decodeURI(href.split(/[?#]/, 1)[0]!)));
  return path.startsWith('../') ? undefined : path;
}

function dataUri(path: string, bytes: Buffer): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return `data:${MIME[ext] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}`;
}

/** A stylesheet with the fonts and images it points at as data: URIs; other formats of a font that also has WOFF2 are dropped. */
function inlineCss(css: string, cssPath: string, read: OutputReader): string {
  const woff2Only = css.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '').replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\(["'](woff|truetype)["']\)/g, '');
  return woff2Only.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _q: string, href: string) => {
    const path = outputPath(cssPath, href);
    const bytes = path ? read(path) : undefined;
    return path && bytes ? `url(${dataUri(path, bytes)})` : whole;
  });
}

/** Script text safe inside <script>, without the source-map comment (which would ask for a file). */
const escapeScript = (js: string) => js.replace(/^\/\/# sourceMappingURL=.*$/gm, '').replace(/<\/(script)/gi, '<\\/$1');

/**
 * A deck page made into one file that needs nothing else: stylesheets,
 * fonts, scripts and images inlined; the site menu, whose links lead into
 * the site, left out. Stylesheets the deck does not use (KaTeX's without
 * math, the code colours without code) are left out too.
 */
export function singleFileDeck(html: string, pagePath: string, read: OutputReader): string {
  const uses = (what: RegExp) => what.test(html);
  const file = (href: string) => {
    const path = outputPath(pagePath, href);
    const bytes = path ? read(path) : undefined;
    return path && bytes ? { path, bytes } : undefined;
  };
  return html
    .replace(/<nav class="deck-menu"[\s\S]*?<\/nav>\n?/, '')
    .replace(/<link rel="stylesheet" href="([^"]+)">/g, (whole, href: string) => {
      if (/katex/.test(href) && !uses(/class="katex/)) return '';
      if (/highlight/.test(href) && !uses(/class="hljs/)) return '';
      const found = file(href);
      return found ? `<style>\n${inlineCss(found.bytes.toString('utf8'), found.path, read)}\n</style>` : whole;
    })
    .replace(/<link rel="icon" href="([^"]+)"/g, (whole, href: string) => {
      const found = file(href);
      return found ? `<link rel="icon" href="${dataUri(found.path, found.bytes)}"` : whole;
    })
    .replace(/<script src="([^"]+)"([^>]*)><\/script>/g, (whole, href: string, attributes: string) => {
      const found = file(href);
      return found ? `<script${attributes}>\n${escapeScript(found.bytes.toString('utf8'))}\n</script>` : whole;
    })
    .replace(/(<img\b[^>]*?\ssrc|\sdata-background-image)="([^"]+)"/g, (whole, attr: string, href: string) => {
      const found = file(href.replace(/&amp;/g, '&'));
      return found ? `${attr}="${dataUri(found.path, found.bytes)}"` : whole;
    });
}
