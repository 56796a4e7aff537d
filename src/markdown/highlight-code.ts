import { createRequire } from 'node:module';
import { escapeHtml } from '../html/escape-html.js';

type Hljs = typeof import('highlight.js').default;
let hljs: Hljs | undefined;

/** Code highlighted at build time as HTML (escaped text for an unknown language); highlight.js is loaded on first use. */
export function highlightCode(code: string, lang: string): string {
  if (lang) hljs ??= createRequire(import.meta.url)('highlight.js') as Hljs;
  const known = lang && hljs?.getLanguage(lang);
  return known ? hljs!.highlight(code, { language: lang, ignoreIllegals: true }).value : escapeHtml(code);
}
