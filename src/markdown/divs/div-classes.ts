import type { MarkdownIt, StateCore } from 'markdown-it';
import type { MarkdownEnv } from '../markdown-env.js';
import { divMeta } from './div-kind.js';
import { isLayoutKey, makesGrid } from './layout.js';

/**
 * The classes a fenced div may carry: Lectern's and Quarto's own, reveal.js's
 * layout and fragment classes, the theme's. Any other is reported, unless
 * the deck's own stylesheet (`css:`) defines it.
 */
const KNOWN = new Set(
  (
    'notes incremental nonincremental columns column footer aside fragment absolute smaller scrollable center nostretch ' +
    'callout-note callout-tip callout-warning callout-important callout-caution panel-tabset ' +
    'r-stretch r-fit-text r-stack r-hstack r-vstack r-frame stretch custom ' +
    'fade-in fade-out fade-up fade-down fade-left fade-right fade-in-then-out fade-in-then-semi-out semi-fade-out current-visible ' +
    'grow shrink strike highlight-red highlight-green highlight-blue highlight-current-red highlight-current-green highlight-current-blue ' +
    'content-visible content-hidden smallcaps underline mark hidden cell quarto-figure quarto-figure-center quarto-figure-left quarto-figure-right timeline'
  ).split(' '),
);

/** Classes that act on an element inside a slide: on a slide's heading (the whole slide) they do nothing, or harm. */
const INSIDE_A_SLIDE = /^(?:r-fit-text|r-stretch|r-stack|r-hstack|r-vstack|r-frame|columns|column|callout-\w+|panel-tabset|fragment|notes|footer|aside|timeline)$/;

/** Quarto attributes with no effect in a Lectern deck. */
const UNSUPPORTED_ATTRIBUTES = new Set(['collapse', 'output-location', 'code-fold', 'code-summary', 'when-format', 'unless-format']);

/** Warns about each class of a div or a slide's heading that Lectern, reveal.js and the deck's stylesheets do not know. */
export function warnUnknownClasses(env: MarkdownEnv, line: number, classes: string[], what: 'div' | 'slide'): void {
  for (const name of classes) {
    if (what === 'slide' && INSIDE_A_SLIDE.test(name) && !env.divClasses?.has(name)) {
      env.warn?.(line, 'misplaced-class', `class "${name}" acts on an element inside a slide, not on a slide: it does nothing here`, `put it on a div around what it is for: ::: {.${name}}`);
      continue;
    }
    if (KNOWN.has(name) || env.divClasses?.has(name)) continue;
    env.warn?.(line, 'unknown-class', `${what} class "${name}" means nothing to Lectern: nothing styles it`, `define .${name} in a stylesheet named by "css:" in the front matter, or remove the class`);
  }
}

function checkDivs(state: StateCore): void {
  const env = state.env as MarkdownEnv;
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'fenced_div_open') continue;
    const meta = divMeta(token);
    const line = token.map?.[0] ?? 0;
    warnUnknownClasses(env, line, meta.classes, 'div');
    const grid = meta.values.some(([key]) => makesGrid(key));
    for (const [key] of meta.values) {
      // Alignment means something in a layout grid only.
      if (!UNSUPPORTED_ATTRIBUTES.has(key) && !(isLayoutKey(key) && !grid)) continue;
      env.warn?.(line, 'unsupported-attribute', `attribute "${key}" is not supported by Lectern: it is ignored`, 'docs/authoring.md lists what Lectern renders of Quarto\'s syntax');
    }
  }
}

export function divClassesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('div_classes', checkDivs);
}
