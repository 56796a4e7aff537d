import markdownIt, { type MarkdownIt } from 'markdown-it';
import markdownItBracketedSpans from 'markdown-it-bracketed-spans';
import markdownItDeflist from 'markdown-it-deflist';
import markdownItFootnote from 'markdown-it-footnote';
import markdownItSub from 'markdown-it-sub';
import markdownItSup from 'markdown-it-sup';
import { bracedAttributesPlugin } from './braced-attributes.js';
import { codeBlocksPlugin } from './code-blocks.js';
import { crossReferencesPlugin } from './cross-references.js';
import { fencedDivPlugin } from './fenced-div.js';
import { divClassesPlugin } from './divs/div-classes.js';
import { divKindsPlugin } from './divs/register-divs.js';
import { slideLayoutPlugin } from './divs/slide-layout.js';
import { figuresPlugin } from './figures.js';
import { footnoteNumbersPlugin } from './footnote-numbers.js';
import { helperHtmlPlugin } from './helper-html.js';
import { lineBlocksPlugin } from './line-blocks.js';
import { mathPlugin } from './math.js';
import { pandocAttributesPlugin } from './pandoc-attributes.js';
import { pandocCitationsPlugin } from './pandoc-citations.js';
import { pausePlugin } from './pause.js';
import { rawInlinePlugin } from './raw-inline.js';
import { tableCaptionsPlugin } from './table-captions.js';
import { swallowedSlidesPlugin } from './swallowed-slides.js';
import { tableCellsPlugin } from './table-cells.js';
import { taskListsPlugin } from './task-lists.js';
import { ALLOWED_WITHOUT_HTML } from './safe-attributes.js';
import { typografLocale } from '../typeset/typographer.js';

const STRAIGHT = '""\'\'';

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

/**
 * A markdown-it with Lectern's slide syntax: Pandoc's fenced divs, spans,
 * attributes, sub- and superscripts, definition lists and footnotes;
 * pauses, math, and code blocks the Quarto way.
 */
export function createMarkdown({ lang, html }: MarkdownOptions): MarkdownIt {
  const md = markdownIt({
    html,
    linkify: false,
    typographer: true,
    // Quotation marks are left straight for the typesetting pass where it knows the language: it sets them in
    // the language of the element they stand in (a span's lang), which markdown-it cannot tell.
    quotes: typografLocale(lang) ? STRAIGHT : (QUOTES[lang] ?? QUOTES[lang.split('-')[0]!] ?? QUOTES.en!),
  });
  md.use(fencedDivPlugin).use(pausePlugin).use(mathPlugin).use(markdownItFootnote).use(footnoteNumbersPlugin).use(helperHtmlPlugin).use(codeBlocksPlugin);
  md.use(markdownItSub).use(markdownItSup).use(markdownItDeflist).use(markdownItBracketedSpans as unknown as (md: MarkdownIt) => void);
  bracedAttributesPlugin(md, html ? {} : { allowedAttributes: [ALLOWED_WITHOUT_HTML] });
  md.use(rawInlinePlugin).use(taskListsPlugin);
  md.use(figuresPlugin).use(divKindsPlugin).use(slideLayoutPlugin).use(pandocAttributesPlugin).use(divClassesPlugin);
  md.use(tableCellsPlugin).use(tableCaptionsPlugin).use(crossReferencesPlugin).use(pandocCitationsPlugin).use(lineBlocksPlugin).use(swallowedSlidesPlugin);
  // A slide's footnotes stand at its foot, in view: no links back up to the reference.
  md.renderer.rules.footnote_anchor = () => '';
  return md;
}
