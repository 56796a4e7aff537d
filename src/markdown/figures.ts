import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { escapeHtml } from '../html/escape-html.js';
import type { MarkdownEnv } from './markdown-env.js';
import { addReference } from './cross-references.js';

/** A paragraph that holds one image alone: Pandoc's implicit figure. */
export interface Figure {
  image: Token;
  align?: string;
  /** Its number, when its id starts with `fig-` (Quarto's cross-references). */
  number?: number;
  /** Drawn with reveal.js's r-stretch: the image fills the slide's free height (set per slide). */
  stretch?: boolean;
  /** Fragment classes and index, moved from the image so that its caption appears with it. */
  fragment?: { classes: string[]; index?: string };
}

/** Moves a fragment (`{.fragment fragment-index=2}` on the image) to the whole figure. */
function takeFragment(image: Token): Figure['fragment'] {
  const classes = String(image.attrGet('class') ?? '').split(/\s+/).filter(Boolean);
  if (!classes.includes('fragment')) return undefined;
  const rest = classes.filter((c) => c !== 'fragment' && !/^(fade-|highlight-|semi-fade-out|current-visible|grow|shrink|strike)/.test(c));
  const moved = classes.filter((c) => !rest.includes(c));
  if (rest.length) image.attrSet('class', rest.join(' '));
  else image.attrs = image.attrs!.filter(([k]) => k !== 'class');
  return { classes: moved, index: takeAttr(image, 'fragment-index') };
}

/** The image a paragraph's inline token holds alone, if any. */
export function loneImage(inline: Token | undefined): Token | undefined {
  const children = (inline?.children ?? []).filter((c) => !(c.type === 'text' && !c.content.trim()) && c.type !== 'softbreak');
  return children.length === 1 && children[0]!.type === 'image' ? children[0] : undefined;
}

function takeAttr(token: Token, name: string): string | undefined {
  const value = token.attrGet(name);
  if (value === null) return undefined;
  token.attrs = token.attrs!.filter(([k]) => k !== name);
  return String(value);
}

/** Quarto's figure attributes for code cells and LaTeX, which a Markdown image does not read: its caption is its text. */
const UNREAD = ['fig-cap', 'fig-scap', 'fig-pos', 'fig-env', 'fig-subcap'];

/** Reports the attributes an image carries that do nothing in a deck, and leaves them out. */
function warnUnread(image: Token, line: number, env: MarkdownEnv): void {
  for (const name of UNREAD) {
    if (takeAttr(image, `data-${name}`) === undefined && takeAttr(image, name) === undefined) continue;
    const hint = name === 'fig-cap' ? 'write the caption as the image\'s text: ![The caption](file.png)' : 'remove it: HTML has no float placement';
    env.warn?.(line, 'unsupported-attribute', `attribute "${name}" is not read on an image: it is ignored`, hint);
  }
}

/** Marks figures, and numbers those with a `fig-` id for cross-references. */
function figures(state: StateCore): void {
  const env = state.env as MarkdownEnv;
  const numbers = new Map<string, number>();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const children = tokens[i]!.children;
    if (children) for (const child of children) if (child.type === 'image' && child.attrs) warnUnread(child, tokens[i]!.map?.[0] ?? 0, env);
    if (tokens[i]!.type !== 'paragraph_open') continue;
    const image = loneImage(tokens[i + 1]);
    if (!image) continue;
    const id = String(image.attrGet('id') ?? '');
    const figure: Figure = { image, align: takeAttr(image, 'fig-align') };
    const alt = takeAttr(image, 'fig-alt');
    if (alt !== undefined) image.meta = { ...(image.meta as object), alt };
    if (id.startsWith('fig-')) {
      // A second figure with the same id is reported and left unnumbered.
      if (!numbers.has(id)) numbers.set(id, (figure.number = numbers.size + 1));
      addReference(env, id, `${env.figureLabel ?? 'Figure'}\u00a0${numbers.get(id)}`, tokens[i]!.map?.[0] ?? 0);
    }
    if (figure.number || figure.align || image.children?.length) {
      figure.fragment = takeFragment(image);
      tokens[i]!.meta = { ...(tokens[i]!.meta as object), figure };
    }
  }
}

function figureOf(token: Token | undefined): Figure | undefined {
  return (token?.meta as { figure?: Figure } | null)?.figure;
}

/** Figures as Quarto draws them: a captioned <figure>, or, stretched, the image alone with its caption beneath. */
export function figuresPlugin(md: MarkdownIt): void {
  md.core.ruler.push('figures', figures);
  const caption = (figure: Figure, env: MarkdownEnv): string => {
    const text = md.renderer.renderInline(figure.image.children ?? [], md.options, env);
    const label = figure.number ? `${escapeHtml(env.figureLabel ?? 'Figure')}\u00a0${figure.number}: ` : '';
    return text ? `${label}${text}` : '';
  };
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const html = image(tokens, idx, options, env, self);
    const alt = (tokens[idx]!.meta as { alt?: string } | null)?.alt;
    return alt === undefined ? html : html.replace(/ alt="[^"]*"/, ` alt="${escapeHtml(alt)}"`);
  };
  const open = md.renderer.rules.paragraph_open;
  md.renderer.rules.paragraph_open = (tokens, idx, options, env, self) => {
    const figure = figureOf(tokens[idx]);
    if (!figure) return open ? open(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    if (figure.stretch) return '';
    const align = figure.align ? ` quarto-figure-${escapeHtml(figure.align)}` : '';
    const fragment = figure.fragment ? ` ${figure.fragment.classes.map(escapeHtml).join(' ')}` : '';
    const index = figure.fragment?.index ? ` data-fragment-index="${escapeHtml(figure.fragment.index)}"` : '';
    const style = tokens[idx]!.attrGet('style');
    const styled = style ? ` style="${escapeHtml(String(style))}"` : '';
    return `<div class="quarto-figure${align}${fragment}"${index}${styled}>\n<figure>\n<p>`;
  };
  md.renderer.rules.paragraph_close = (tokens, idx, options, env, self) => {
    let depth = 0;
    let openIdx = idx - 1;
    for (; openIdx >= 0; openIdx--) {
      if (tokens[openIdx]!.type === 'paragraph_close') depth++;
      else if (tokens[openIdx]!.type === 'paragraph_open' && depth-- === 0) break;
    }
    const figure = figureOf(tokens[openIdx]);
    if (!figure) return self.renderToken(tokens, idx, options);
    const text = caption(figure, env as MarkdownEnv);
    const align = figure.align ? ` quarto-figure-${escapeHtml(figure.align)}` : '';
    if (figure.stretch) return text ? `\n<p class="caption${align}">${text}</p>\n` : '\n';
    return `</p>\n${text ? `<figcaption>${text}</figcaption>\n` : ''}</figure>\n</div>\n`;
  };
}
