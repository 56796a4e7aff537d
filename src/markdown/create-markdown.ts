import markdownIt, { type MarkdownIt } from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import markdownItFootnote from 'markdown-it-footnote';
import { fencedDivPlugin } from './fenced-div.js';
import { helperHtmlPlugin } from './helper-html.js';
import { highlightCode } from './highlight-code.js';
import { mathPlugin } from './math.js';
import { pausePlugin } from './pause.js';
import { ALLOWED_WITHOUT_HTML } from './safe-attributes.js';

/** Typographic quotes per language: primary pair, then nested pair. */
const QUOTES: Record<string, string | string[]> = {
  en: '“”‘’',
  ru: '«»„“',
  uk: '«»„“',
  de: '„“‚‘',
  fr: ['«\u00a0', '\u00a0»', '‹\u00a0', '\u00a0›'],
  es: '«»“”',
  it: '«»“”',
  pl: '„”«»',
};

export interface MarkdownOptions {
  lang: string;
  /** Raw HTML in outlines: passed through when true, escaped when false. */
  html: boolean;
}

/** A markdown-it with Lectern's slide syntax: fenced divs, pauses, attributes, footnotes, math, highlighting. */
export function createMarkdown({ lang, html }: MarkdownOptions): MarkdownIt {
  const md = markdownIt({
    html,
    linkify: false,
    typographer: true,
    quotes: QUOTES[lang] ?? QUOTES[lang.split('-')[0]!] ?? QUOTES.en!,
    highlight: highlightCode,
  });
  md.use(fencedDivPlugin).use(pausePlugin).use(mathPlugin).use(markdownItFootnote).use(helperHtmlPlugin);
  (markdownItAttrs as unknown as (md: MarkdownIt, options: object) => void)(md, html ? {} : { allowedAttributes: [ALLOWED_WITHOUT_HTML] });
  // A slide's footnotes stand at its foot, in view: no links back up to the reference.
  md.renderer.rules.footnote_anchor = () => '';
  return md;
}
