import { isQuartoThemeValue, quartoPalette } from './quarto-theme.js';
import { REVEAL_SETTINGS } from './revealjs-options.js';

/** A deck's presentation options, from course.yaml's `format: revealjs:`, then the outline's front matter. */
export interface DeckOptions {
  /** The Quarto theme whose colours the deck takes (see quarto-theme.ts): from `format: revealjs: theme:`, or a top-level `theme:` that is Quarto's. */
  palette?: string;
  /** Markdown of the footer every slide shows, unless a slide has its own `::: footer`. */
  footer?: string;
  logo?: string;
  css: string[];
  incremental: boolean;
  smaller: boolean;
  scrollable: boolean;
  codeLineNumbers?: string;
  /** Long code lines wrap (`code-overflow: wrap`) instead of scrolling. */
  codeWrap: boolean;
  titleSlideAttributes: Array<[string, string]>;
  autoStretch: boolean;
  chalkboard: boolean;
  menu: boolean;
  /** Settings for Reveal.initialize() beyond Lectern's defaults. */
  reveal: Record<string, unknown>;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The revealjs options of a front matter or course.yaml: `format: revealjs:` over the same keys at the top level (Quarto merges both). */
export function formatOptions(data: Record<string, unknown> | undefined, topLevel: boolean): Record<string, unknown> {
  const format = data?.format;
  const revealjs = isMap(format) && isMap(format.revealjs) ? format.revealjs : {};
  return { ...(topLevel ? data : {}), ...revealjs };
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** `slide-number: true | false | "c/t" | "h.v" …` as reveal.js's slideNumber. */
function slideNumber(value: unknown): unknown {
  if (value === true) return 'c/t';
  if (value === false || value === 'false') return false;
  return asText(value);
}

/** Reads the options of a deck: course-wide defaults, then the outline's own. */
export function deckOptions(course: Record<string, unknown>, outline: Record<string, unknown>): DeckOptions {
  const all = { ...course, ...outline };
  const reveal: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) if (Object.hasOwn(REVEAL_SETTINGS, key)) reveal[REVEAL_SETTINGS[key]!] = value;
  if ('slide-number' in all) reveal.slideNumber = slideNumber(all['slide-number']);
  if ('preview-links' in all) reveal.previewLinks = all['preview-links'] === 'auto' || all['preview-links'] === true;
  const scroll = all['scroll-view'];
  if (isMap(scroll)) {
    if (scroll.activate === true) reveal.view = 'scroll';
    if (scroll.snap !== undefined) reveal.scrollSnap = scroll.snap;
    if (scroll.layout !== undefined) reveal.scrollLayout = scroll.layout;
    if (scroll.progress !== undefined) reveal.scrollProgress = scroll.progress;
  } else if (scroll === true) reveal.view = 'scroll';
  const css = all.css;
  const titleAttrs = all['title-slide-attributes'];
  const lineNumbers = all['code-line-numbers'];
  return {
    // The outline's theme (format: revealjs: over the top level) when it is Quarto's, else course.yaml's revealjs theme.
    palette: quartoPalette(isQuartoThemeValue(outline.theme) ? outline.theme : course.theme),
    footer: asText(all.footer),
    logo: asText(all.logo),
    css: (Array.isArray(css) ? css : css === undefined ? [] : [css]).map(String),
    incremental: all.incremental === true,
    smaller: all.smaller === true,
    scrollable: all.scrollable === true,
    codeWrap: all['code-overflow'] === 'wrap',
    codeLineNumbers: lineNumbers === undefined || lineNumbers === false ? undefined : String(lineNumbers),
    titleSlideAttributes: isMap(titleAttrs) ? Object.entries(titleAttrs).map(([k, v]) => [k, String(v)]) : [],
    autoStretch: all['auto-stretch'] !== false,
    chalkboard: all.chalkboard !== undefined && all.chalkboard !== false,
    menu: all.menu !== undefined && all.menu !== false,
    reveal,
  };
}
