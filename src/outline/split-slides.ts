import type { MarkdownIt, Token } from 'markdown-it';
import type { MarkdownEnv } from '../markdown/markdown-env.js';
import type { Slide } from './slide.js';

/** A slide's tokens before rendering. */
export interface SlideTokens {
  kind: 'section' | 'content';
  heading?: Token;
  title?: Token;
  /** 0-based line, in the rendered Markdown, where the slide starts. */
  line: number;
  body: Token[];
}

/**
 * Cuts a token stream into slides: `#` opens a section slide, `##` a slide,
 * a thematic break (`---`) an untitled slide. Headings deeper than `##`
 * stay inside their slide.
 */
export function splitSlides(tokens: Token[]): SlideTokens[] {
  const slides: SlideTokens[] = [];
  let current: SlideTokens | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level === 0 && token.type === 'heading_open' && (token.tag === 'h1' || token.tag === 'h2')) {
      current = { kind: token.tag === 'h1' ? 'section' : 'content', heading: token, title: tokens[i + 1], line: token.map?.[0] ?? 0, body: [] };
      slides.push(current);
      i += 2;
      continue;
    }
    if (token.level === 0 && token.type === 'hr') {
      current = { kind: 'content', line: token.map?.[0] ?? 0, body: [] };
      slides.push(current);
      continue;
    }
    if (!current) {
      current = { kind: 'content', line: token.map?.[0] ?? 0, body: [] };
      slides.push(current);
    }
    current.body.push(token);
  }
  return slides;
}

/**
 * Takes the top-level `::: NAME` divs (notes, footer, aside) out of a slide
 * body: what they hold, one list per div, and the rest of the body.
 */
export function takeDivs(body: Token[], name: string): { rest: Token[]; taken: Token[][] } {
  const rest: Token[] = [];
  const taken: Token[][] = [];
  let depth = 0;
  for (const token of body) {
    if (depth === 0 && token.type === 'fenced_div_open' && token.info.split(' ').includes(name)) {
      depth = 1;
      taken.push([]);
      continue;
    }
    if (depth > 0) {
      if (token.type === 'fenced_div_open') depth++;
      if (token.type === 'fenced_div_close' && --depth === 0) continue;
      taken.at(-1)!.push(token);
    } else rest.push(token);
  }
  return { rest, taken };
}

/** Separates a slide body into its visible part and its `::: notes`. */
export function takeNotes(body: Token[]): { content: Token[]; notes: Token[] } {
  const { rest, taken } = takeDivs(body, 'notes');
  return { content: rest, notes: taken.flat() };
}

/** Renders slide content, wrapping what follows each `. . .` pause in a fragment. */
export function renderWithPauses(md: MarkdownIt, tokens: Token[], env: MarkdownEnv): string {
  const chunks: Token[][] = [[]];
  for (const token of tokens) {
    if (token.type === 'pause' && token.level === 0) chunks.push([]);
    else chunks.at(-1)!.push(token);
  }
  return chunks
    .map((chunk, i) => {
      const html = md.renderer.render(chunk, md.options, env);
      return i === 0 ? html : `<div class="fragment">\n${html}</div>\n`;
    })
    .join('');
}

/** The facts an HTML fragment was built from, in order of first appearance. */
export function factsIn(html: string, into: string[] = []): string[] {
  if (!html.includes('data-fact="')) return into;
  for (const m of html.matchAll(/data-fact="([^"]+)"/g)) if (!into.includes(m[1]!)) into.push(m[1]!);
  return into;
}

