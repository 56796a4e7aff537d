import type { Token } from 'markdown-it';
import type { CourseConfig } from '../course/course-schema.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';
import type { FactStore } from '../facts/fact-store.js';
import { textOr } from '../facts/format-fact.js';
import type { LectureScope } from '../helpers/lecture-scope.js';
import { factHelpers } from '../helpers/register-helpers.js';
import { createMarkdown } from '../markdown/create-markdown.js';
import { isScriptAttribute } from '../markdown/safe-attributes.js';
import type { MarkdownEnv } from '../markdown/markdown-env.js';
import { expandHelpers } from './expand-helpers.js';
import type { Outline } from './read-outline.js';
import { imagesWithoutAlt } from './image-alt.js';
import { resolveMedia } from './resolve-media.js';
import { assignSlideIds } from './slide-ids.js';
import type { Slide } from './slide.js';
import { factsIn, renderWithPauses, splitSlides, takeNotes } from './split-slides.js';

/** A lecture in one language, compiled to slides. */
export interface Deck {
  lectureId: string;
  lang: string;
  file: string;
  title: string;
  subtitle?: string;
  author?: string;
  date?: string;
  theme: string;
  slides: Slide[];
  /** Facts the lecture uses, in order of first use. */
  usedFacts: string[];
  /** Source ids in the order the sources slide numbers them. */
  sources: string[];
  /** Course-relative paths of the images the deck shows. */
  media: string[];
}

export interface CompileContext {
  root: string;
  config: CourseConfig;
  store: FactStore;
  diagnostics: Diagnostics;
}

/** Keys of heading attributes that reveal.js reads from a slide's <section> as data-*. */
const SLIDE_DATA = /^(background|background-.+|transition|transition-speed|auto-animate|auto-animate-.+|visibility|timing|state|autoslide)$/;

export function compileLecture(outline: Outline, { root, config, store, diagnostics }: CompileContext): Deck {
  const { file, lang, frontMatter, bodyLine } = outline;
  let lines: number[] | undefined;
  /** The outline line of a 0-based line of the expanded body (loops repeat lines, helpers add some). */
  const outlineLine = (line: number) => (lines ? lines[Math.min(line, lines.length - 1)] ?? line : line) + bodyLine + 1;
  const at = (line: number): Position => ({ line: outlineLine(line), column: 1 });
  const scope: LectureScope = {
    lang,
    file,
    lineOffset: bodyLine,
    store,
    diagnostics,
    translations: config.translations,
    fallbackLang: config.languages[0]!,
    used: new Map(),
    citedSources: [],
    inserted: [],
  };
  const data = { ...frontMatter, lang, course: { title: textOr(config.title, lang, config.languages[0]!), author: config.author } };
  const expandedBody = expandHelpers(factHelpers(scope), outline.body, data, file, bodyLine, diagnostics) ?? { text: '' };
  const expanded = expandedBody.text;
  lines = expandedBody.lines;

  const md = createMarkdown({ lang, html: config.html });
  const env: MarkdownEnv = {
    report: (line, ruleId, message, hint) => diagnostics.error(file, at(line), ruleId, message, { hint }),
    helperHtml: scope.inserted,
  };
  const tokens = md.parse(expanded, env);
  const footnotes = takeFootnotes(tokens);
  const media = new Set<string>();
  const localMedia = (src: string, line: number): string => {
    const found = resolveMedia(root, src);
    if (found.ok === 'remote') return src;
    if (!found.ok) {
      diagnostics.error(file, at(line), 'media', found.message, { hint: found.hint });
      return src;
    }
    media.add(found.path);
    return `../../${found.path}`;
  };
  rewriteImages(tokens, localMedia);
  for (const line of imagesWithoutAlt(tokens)) {
    diagnostics.warning(file, at(line), 'image-alt', 'an image has no alt text: a screen reader cannot say what it shows, and search cannot find it', {
      hint: 'describe the image between the brackets: ![what it shows](images/picture.png)',
    });
  }

  const slides: Slide[] = [
    {
      kind: 'title',
      index: 0,
      id: 'title',
      line: 1,
      title: renderFrontMatterText(md, frontMatter.title),
      classes: ['title-slide'],
      attributes: [],
      content: frontMatter.subtitle ? renderFrontMatterText(md, frontMatter.subtitle) : '',
      notes: '',
      facts: [],
    },
  ];
  for (const part of splitSlides(tokens)) {
    const { content, notes } = takeNotes(part.body);
    const heading = part.heading;
    const classes = part.kind === 'section' ? ['section-slide'] : [];
    const attributes: Array<[string, string]> = [];
    let id: string | undefined;
    for (const [key, raw] of heading?.attrs ?? []) {
      const value = String(raw);
      if (!config.html && isScriptAttribute(key, value)) continue;
      if (key === 'class') classes.push(...value.split(/\s+/).filter(Boolean));
      else if (key === 'id') id = value;
      else if (key === 'background-image') attributes.push(['data-background-image', localMedia(value, part.line)]);
      else if (key.startsWith('data-')) attributes.push([key, value]);
      else if (SLIDE_DATA.test(key)) attributes.push([`data-${key}`, value]);
    }
    const html = renderWithPauses(md, content, env) + renderFootnotes(md, content, footnotes, env);
    const notesHtml = md.renderer.render(notes, md.options, env);
    const title = part.title ? md.renderer.renderInline(part.title.children ?? [], md.options, env) : '';
    slides.push({
      kind: part.kind,
      index: slides.length,
      id,
      line: outlineLine(part.line),
      title,
      classes,
      attributes,
      content: html,
      notes: notesHtml,
      facts: factsIn(notesHtml, factsIn(html, factsIn(title))),
    });
  }

  assignSlideIds(slides, ['sources'], file, diagnostics);
  return {
    lectureId: outline.lectureId,
    lang,
    file,
    title: frontMatter.title,
    subtitle: frontMatter.subtitle,
    author: frontMatter.author ?? config.author,
    date: frontMatter.date,
    theme: frontMatter.theme ?? config.theme,
    slides,
    usedFacts: [...scope.used.keys()],
    sources: orderSources(scope, store),
    media: [...media].sort(),
  };
}

/**
 * Front-matter text (title, subtitle) as inline Markdown, its raw HTML shown
 * as text whatever `html` says: front matter is data, which the page title
 * and the course home show escaped too.
 */
function renderFrontMatterText(md: ReturnType<typeof createMarkdown>, text: string): string {
  const tokens = md.parseInline(text, {});
  for (const token of tokens[0]?.children ?? []) if (token.type === 'html_inline') token.type = 'text';
  return md.renderer.render(tokens, md.options, {});
}

/** Cited sources first, in citation order; then the other sources of the facts used. */
function orderSources(scope: LectureScope, store: FactStore): string[] {
  const order = [...scope.citedSources];
  for (const id of scope.used.keys()) {
    for (const c of store.get(id)?.fact.sources ?? []) if (!order.includes(c.source)) order.push(c.source);
  }
  return order;
}

function rewriteImages(tokens: Token[], resolve: (src: string, line: number) => string): void {
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    for (const child of token.children ?? []) {
      if (child.type !== 'image') continue;
      const src = child.attrGet('src');
      if (src) child.attrSet('src', resolve(String(src), line));
    }
  }
}

interface Footnotes {
  byId: Map<number, Token[]>;
}

/** Removes markdown-it-footnote's block from the end of the stream, keyed by footnote id. */
function takeFootnotes(tokens: Token[]): Footnotes {
  const byId = new Map<number, Token[]>();
  const start = tokens.findIndex((t) => t.type === 'footnote_block_open');
  if (start < 0) return { byId };
  const block = tokens.splice(start);
  let current: Token[] | undefined;
  for (const token of block) {
    if (token.type === 'footnote_open') byId.set((token.meta as { id: number }).id, (current = []));
    if (current) current.push(token);
    if (token.type === 'footnote_close') current = undefined;
  }
  return { byId };
}

/** The footnotes referenced on a slide, rendered at its foot. */
function renderFootnotes(md: ReturnType<typeof createMarkdown>, content: Token[], footnotes: Footnotes, env: MarkdownEnv): string {
  const ids: number[] = [];
  for (const token of content) {
    for (const child of token.children ?? []) {
      if (child.type === 'footnote_ref') {
        const id = (child.meta as { id: number }).id;
        if (!ids.includes(id)) ids.push(id);
      }
    }
  }
  const body = ids.flatMap((id) => footnotes.byId.get(id) ?? []);
  if (!body.length) return '';
  return `<div class="footnotes"><ol class="footnotes-list">\n${md.renderer.render(body, md.options, env)}</ol></div>\n`;
}
