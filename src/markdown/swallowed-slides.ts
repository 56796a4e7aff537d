import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { MarkdownEnv } from './markdown-env.js';

/**
 * A block that, left open, runs to the end of the outline: what it does to
 * what follows, and how to close it. Raw HTML blocks end at these markers
 * (CommonMark's HTML block kinds 1 and 2); a code fence at a line holding
 * only its fence.
 */
interface OpenBlock {
  rule: string;
  what: string;
  effect: string;
  hint: string;
}

const RAW_BLOCKS: Array<{ open: RegExp; close: RegExp; block: (tag: string) => OpenBlock }> = [
  {
    open: /^<!--/,
    close: /-->/,
    block: () => ({ rule: 'unclosed-comment', what: 'the HTML comment', effect: 'hides the rest of the lecture', hint: 'close it with "-->"' }),
  },
  {
    open: /^<(script|pre|style|textarea)(?=[\s>]|$)/i,
    close: /<\/(script|pre|style|textarea)>/i,
    block: (tag) => ({ rule: 'unclosed-html', what: `the <${tag}> element`, effect: 'takes in the rest of the lecture', hint: `close it with "</${tag}>"` }),
  },
];

/** A top-level block that runs to the end of the outline because nothing closes it, or undefined. */
function openBlock(token: Token, lines: string[]): OpenBlock | undefined {
  if (token.level !== 0 || !token.map) return undefined;
  if (token.type === 'html_block') {
    const text = token.content.trimStart();
    for (const { open, close, block } of RAW_BLOCKS) {
      const m = open.exec(text);
      // From the third character: "<!-->" is a whole (empty) comment.
      if (m) return close.test(text.slice(2)) ? undefined : block(m[1]?.toLowerCase() ?? '');
    }
    return undefined;
  }
  if (token.type !== 'fence') return undefined;
  const [first, end] = token.map;
  const last = lines[end - 1]?.trim() ?? '';
  const closes = end - 1 > first && last.length >= token.markup.length && [...last].every((ch) => ch === token.markup[0]);
  if (closes) return undefined;
  return { rule: 'unclosed-code', what: 'the code block', effect: 'shows the rest of the lecture as code', hint: `close it with a line holding only "${token.markup}"` };
}

/**
 * How many slides the lines, read as Markdown of their own, would start: `#`
 * and `##` headings and `---` breaks after a blank line, as Pandoc asks of a
 * heading (so a `# comment` within code does not count).
 */
function slidesIn(md: MarkdownIt, lines: string[]): number {
  const tokens: Token[] = [];
  md.block.parse(lines.join('\n'), md, {}, tokens);
  const startsSlide = (t: Token) => t.type === 'hr' || (t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2'));
  return tokens.filter((t) => t.level === 0 && t.map && startsSlide(t) && !lines[t.map[0] - 1]?.trim()).length;
}

/**
 * Reports a comment, raw HTML element or code fence that is never closed
 * and so swallows slides: everything after it, to the end of the outline,
 * is hidden or shown as code. One left open at the end, with no slide
 * after it, is harmless and not reported.
 */
function findSwallowedSlides(state: StateCore): void {
  const env = state.env as MarkdownEnv;
  if (!env.report) return;
  let lines: string[] | undefined;
  for (const token of state.tokens) {
    // Most outlines have no raw HTML or code at the top level: their lines are never split.
    if (token.level !== 0 || (token.type !== 'fence' && token.type !== 'html_block')) continue;
    lines ??= state.src.split('\n');
    const block = openBlock(token, lines);
    if (!block) continue;
    const line = token.map![0];
    const slides = slidesIn(state.md, lines.slice(line + 1));
    if (!slides) continue;
    const column = lines[line]!.length - lines[line]!.trimStart().length + 1;
    env.report(line, block.rule, `${block.what} opened here is never closed: it ${block.effect} (${slides} ${slides === 1 ? 'slide' : 'slides'})`, block.hint, column);
  }
}

export function swallowedSlidesPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'swallowed_slides', findSwallowedSlides);
}
