import type { MarkdownIt, Token } from 'markdown-it';
import { estimateHeight, OVERFLOW_HINT } from './estimate-height.js';
import { warnUnknownClasses } from '../markdown/divs/div-classes.js';
import type { MarkdownEnv } from '../markdown/markdown-env.js';
import { autoStretch } from './auto-stretch.js';
import type { DeckOptions } from './deck-options.js';
import type { Slide } from './slide.js';
import { renderFootnotes, type Footnotes } from './slide-footnotes.js';
import { slideHeading } from './slide-heading.js';
import { factsIn, renderWithPauses, takeDivs, takeNotes, type SlideTokens } from './split-slides.js';

/** What every slide of a deck is assembled with. */
export interface SlideContext {
  md: MarkdownIt;
  env: MarkdownEnv;
  footnotes: Footnotes;
  options: DeckOptions;
  html: boolean;
  /** The footer of slides without their own, as HTML. */
  footer: string;
  /** A local file's address from the deck (reported when missing); `line` is 0-based in the rendered Markdown. */
  media(src: string, line: number): string;
  /** The outline line (1-based) of a 0-based line of the rendered Markdown. */
  outlineLine(line: number): number;
  /** The height an image takes on a slide, by its address from the deck (see image-height.ts). */
  imageHeight(src: string): number;
}

/** Renders block tokens, without the paragraph a one-paragraph footer would sit in. */
function renderBlocks(md: MarkdownIt, tokens: Token[], env: MarkdownEnv): string {
  return md.renderer.render(tokens, md.options, env).trim();
}

/**
 * One slide of a `##` (or `#`, or `---`): its heading's attributes, its
 * notes, its own `::: footer`, its `::: aside`s and footnotes (at its foot),
 * and Quarto's auto-stretch of a lone image.
 */
export function assembleSlide(part: SlideTokens, index: number, context: SlideContext): Slide {
  const { md, env, options } = context;
  const heading = slideHeading(part.heading?.attrs ?? [], context.html, (src) => context.media(src, part.line));
  warnUnknownClasses(env, part.line, heading.classes, 'slide');
  const classes = [...(part.kind === 'section' ? ['section-slide'] : []), ...heading.classes];
  if (options.smaller && !classes.includes('smaller')) classes.push('smaller');
  if (options.scrollable && !classes.includes('scrollable')) classes.push('scrollable');
  const { content: withChrome, notes } = takeNotes(part.body);
  const footers = takeDivs(withChrome, 'footer');
  const asides = takeDivs(footers.rest, 'aside');
  const content = asides.rest;
  if (options.autoStretch && part.kind === 'content') autoStretch(content, classes);

  if (!classes.includes('scrollable')) reportOverflow(content, part, classes, asides.taken.flat(), context);
  const body = renderWithPauses(md, content, env);
  const asideHtml = asides.taken.map((tokens) => `<div class="aside">\n${md.renderer.render(tokens, md.options, env)}</div>\n`).join('');
  const foot = asideHtml + renderFootnotes(md, [...content, ...asides.taken.flat()], context.footnotes, env);
  const ownFooter = footers.taken.at(-1);
  const footer = ownFooter ? renderBlocks(md, ownFooter, env).replace(/^<p>([\s\S]*)<\/p>$/, '$1') : context.footer;
  const notesHtml = md.renderer.render(notes, md.options, env);
  const title = part.title ? md.renderer.renderInline(part.title.children ?? [], md.options, env) : '';
  if (footer) classes.push('has-footer');
  const html = foot ? `${body}<div class="slide-foot">\n${foot}</div>\n` : body;
  return {
    kind: part.kind,
    index,
    id: heading.id,
    line: context.outlineLine(part.line),
    title,
    classes,
    attributes: heading.attributes,
    content: html,
    footer,
    notes: notesHtml,
    facts: factsIn(notesHtml, factsIn(html, factsIn(`${title}${footer}`))),
  };
}

/** The height past which a slide is reported: the slide's, as the PDF export's measurement reports it. */
const OVERFLOW = 720;

/** Warns about a slide whose content is clearly taller than the slide, naming the block that takes the most room. */
function reportOverflow(content: Token[], part: SlideTokens, classes: string[], foot: Token[], { env, imageHeight }: SlideContext): void {
  const scale = classes.includes('smaller') ? 0.75 : 1;
  const estimate = estimateHeight(content, Boolean(part.title), scale, imageHeight);
  let footLines = foot.filter((t) => t.type === 'inline').length;
  for (let i = 0; i < content.length; i++) {
    const children = content[i]!.children;
    if (children) for (let j = 0; j < children.length; j++) if (children[j]!.type === 'footnote_ref') footLines++;
  }
  const height = Math.round(estimate.height + footLines * 22);
  if (height <= OVERFLOW) return;
  const cause = estimate.tallest ? `; the largest part is ${estimate.tallest.what}` : '';
  env.warn?.(part.line, 'overflow', `the slide's content is about ${height - 720}px taller than the slide${cause}`, OVERFLOW_HINT);
}
