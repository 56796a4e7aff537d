import { createRequire } from 'node:module';
import { escapeHtml } from '../html/escape-html.js';

type Hljs = typeof import('highlight.js').default;
let hljs: Hljs | undefined;

/** Highlights a fenced code block at build time; highlight.js is loaded on first use. */
export function highlightCode(code: string, lang: string): string {
  const name = lang.trim().split(/\s+/)[0] ?? '';
  if (name) hljs ??= createRequire(import.meta.url)('highlight.js') as Hljs;
  const known = name && hljs?.getLanguage(name);
  const html = known ? hljs!.highlight(code, { language: name, ignoreIllegals: true }).value : escapeHtml(code);
  const cls = name ? ` class="hljs language-${escapeHtml(name)}"` : ' class="hljs"';
  return `<pre><code${cls}>${html}</code></pre>\n`;
}
