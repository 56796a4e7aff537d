import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Token } from 'markdown-it';
import { citationStyle } from '../bibliography/citation-style.js';
import { citationMarker } from '../bibliography/format-bibliography.js';
import type { CourseConfig } from '../course/course-schema.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';
import type { FactStore } from '../facts/fact-store.js';
import { textIn, textOr } from '../facts/format-fact.js';
import type { LectureScope } from '../helpers/lecture-scope.js';
import { factHelpers } from '../helpers/register-helpers.js';
import { createMarkdown } from '../markdown/create-markdown.js';
import { htmlAttributeName } from '../markdown/html-attributes.js';
import { words } from '../facts/words.js';
import type { MarkdownEnv } from '../markdown/markdown-env.js';
import { expandShortcodes } from '../shortcodes/expand-shortcodes.js';
import { expandHelpers } from './expand-helpers.js';
import type { Outline } from './read-outline.js';
import { imagesWithoutAlt } from './image-alt.js';
import { resolveMedia, svgScript } from './resolve-media.js';
import { assignSlideIds } from './slide-ids.js';
import type { Slide } from './slide.js';
import { assembleSlide } from './assemble-slide.js';
import { deckOptions, formatOptions, type DeckOptions } from './deck-options.js';
import { imageHeights } from './image-height.js';
import { isQuartoThemeValue } from './quarto-theme.js';
import { takeFootnotes } from './slide-footnotes.js';
import { slideHeading } from './slide-heading.js';
import { splitSlides } from './split-slides.js';
import { courseAuthor } from '../course/course-author.js';

/** A lecture in one language, compiled to slides. */
export interface Deck {
  lectureId: string;
  lang: string;
  file: string;
  title: string;
  subtitle?: string;
  author?: string;
  /** Who gives the lecture: the front matter's lecturer or author, else the course's lecturer (never the course's author, which may name a body). */
  lecturer?: string;
  /** The lecturer's institute (Quarto's `institute:`), shown on the title slide. */
  institute?: string;
  date?: string;
  /** Lectern's theme (templates/themes/NAME.css). */
  theme: string;
  /** The Quarto theme whose colours are drawn over it, if any. */
  palette?: string;
  slides: Slide[];
  /** Facts the lecture uses, in order of first use. */
  usedFacts: string[];
  /** Source ids in the order the sources slide numbers them. */
  sources: string[];
  /** Course-relative paths of the images, videos, stylesheets and other files the deck shows. */
  media: string[];
  /** Course-relative paths of the files its outline includes (`{{< include >}}`). */
  included: string[];
  options: DeckOptions;
  /** The logo's address from the deck. */
  logo?: string;
  /** The deck's own stylesheets, addresses from the deck. */
  css: string[];
  /** Whether a slide holds a mermaid diagram. */
  mermaid: boolean;
}

export interface CompileContext {
  root: string;
  config: CourseConfig;
  store: FactStore;
  diagnostics: Diagnostics;
}

export function compileLecture(outline: Outline, { root, config, store, diagnostics }: CompileContext): Deck {
  const { file, lang, frontMatter, bodyLine } = outline;
  let lines: number[] | undefined;
  /** The outline line of a 0-based line of the expanded body (loops repeat lines, helpers add some). */
  const outlineLine = (line: number) => (lines ? lines[Math.min(line, lines.length - 1)] ?? line : line) + bodyLine + 1;
  const at = (line: number, column = 1): Position => ({ line: outlineLine(line), column });
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
    citeMark: citationMarker(store, citationStyle(config, root, lang), lang, config.languages[0]!),
    inserted: [],
  };
  const media = new Set<string>();
  const deckMedia = (src: string, kind?: string): { ok: true; url: string } | { ok: false; message: string; hint: string } => {
    const found = resolveMedia(root, src, kind);
    if (found.ok === 'remote') return { ok: true, url: src };
    if (!found.ok) return found;
    media.add(found.path);
    return { ok: true, url: `../../${found.path}` };
  };
  const shortcodes = expandShortcodes(outline.body, { file, root, lang, frontMatter, config, media: deckMedia, diagnostics }, scope.inserted, bodyLine);
  scope.bodyLines = shortcodes.lines;
  const data = { ...frontMatter, lang, course: { title: textOr(config.title, lang, config.languages[0]!), author: courseAuthor(config, lang) } };
  const expandedBody = expandHelpers(factHelpers(scope), shortcodes.text, data, file, bodyLine, diagnostics) ?? { text: '' };
  const expanded = expandedBody.text;
  lines = composeLines(expandedBody.lines, shortcodes.lines);

  const options = deckOptions(formatOptions({ format: config.format }, false), formatOptions(frontMatter, true));
  /** Where an option stands in the front matter: under format: revealjs:, or at the top level. */
  const optionAt = (key: string): Position => {
    const format = frontMatter.format as { revealjs?: Record<string, unknown> } | undefined;
    return outline.keyAt(format?.revealjs && typeof format.revealjs === 'object' && key in format.revealjs ? ['format', 'revealjs', key] : [key]);
  };
  const optionFile = (key: string, kind: string): string | undefined => {
    const value = key === 'logo' ? options.logo : undefined;
    if (value === undefined) return undefined;
    const found = deckMedia(value, kind);
    if (found.ok) return found.url;
    diagnostics.error(file, optionAt(key), 'media', found.message, { hint: found.hint });
    return undefined;
  };
  const logo = optionFile('logo', 'logo');
  const css = options.css.flatMap((path) => {
    // A stylesheet from elsewhere would be fetched by every reader and missing offline: it must be a file of the course.
    const found = resolveMedia(root, path, 'stylesheet').ok === 'remote' ? { ok: false as const, message: `stylesheet "${path}" is not a file of the course`, hint: 'copy the stylesheet into the course and name it by a relative path' } : deckMedia(path, 'stylesheet');
    if (found.ok) return [{ url: found.url, file: join(root, path) }];
    diagnostics.error(file, optionAt('css'), 'media', found.message, { hint: found.hint });
    return [];
  });

  const md = createMarkdown({ lang, html: config.html });
  const env: MarkdownEnv = {
    report: (line, ruleId, message, hint, column) => diagnostics.error(file, at(line, column), ruleId, message, { hint }),
    warn: (line, ruleId, message, hint, column) => diagnostics.warning(file, at(line, column), ruleId, message, { hint }),
    helperHtml: scope.inserted,
    codeLineNumbers: options.codeLineNumbers,
    incremental: options.incremental,
    lang,
    figureLabel: words(lang).figure,
    tableLabel: words(lang).table,
    equationLabel: words(lang).equation,
    divClasses: stylesheetClasses(css.map((c) => c.file)),
  };
  const tokens = md.parse(expanded, env);
  const footnotes = takeFootnotes(tokens);
  const localMedia = (src: string, line: number): string => {
    const found = deckMedia(src);
    const script = found.ok ? svgScript(root, src) : undefined;
    if (script) {
      diagnostics.warning(file, at(line), 'svg-script', `the SVG image "${src}" holds a script (${script})`, {
        hint: 'remove its scripts and on… attributes: opened on its own, the image would run them',
      });
    }
    if (found.ok) return found.url;
    diagnostics.error(file, at(line), 'media', found.message, { hint: found.hint });
    return src;
  };
  rewriteImages(tokens, localMedia);
  for (const line of imagesWithoutAlt(tokens)) {
    diagnostics.warning(file, at(line), 'image-alt', 'an image has no alt text: a screen reader cannot say what it shows, and search cannot find it', {
      hint: 'describe the image between the brackets: ![what it shows](images/picture.png)',
    });
  }

  // A fresh env: the lecture's own (its footnotes above all) would be rendered into the footer.
  const footer = options.footer ? md.renderInline(options.footer, { lang }) : '';
  const titleAttributes = slideHeading(
    options.titleSlideAttributes.map(([key, value]) => [htmlAttributeName(key), value]),
    config.html,
    (src) => localMedia(src, 0));
  const slides: Slide[] = [
    {
      kind: 'title',
      index: 0,
      id: 'title',
      line: 1,
      title: renderFrontMatterText(md, frontMatter.title),
      classes: ['title-slide', ...titleAttributes.classes, ...(footer ? ['has-footer'] : [])],
      attributes: titleAttributes.attributes,
      content: frontMatter.subtitle ? renderFrontMatterText(md, frontMatter.subtitle) : '',
      footer,
      notes: '',
      facts: [],
    },
  ];
  const context = { md, env, footnotes, options, html: config.html, footer, media: localMedia, outlineLine, imageHeight: imageHeights(root) };
  for (const part of splitSlides(tokens)) slides.push(assembleSlide(part, slides.length, context));

  assignSlideIds(slides, ['sources'], file, diagnostics);
  return {
    lectureId: outline.lectureId,
    lang,
    file,
    title: frontMatter.title,
    subtitle: frontMatter.subtitle,
    author: frontMatter.author ?? courseAuthor(config, lang),
    institute: frontMatter.institute,
    lecturer: frontMatter.lecturer ?? frontMatter.author ?? textIn(config.lecturer, lang),
    date: frontMatter.date,
    theme: typeof frontMatter.theme === 'string' && !isQuartoThemeValue(frontMatter.theme) ? frontMatter.theme : config.theme,
    palette: options.palette,
    slides,
    usedFacts: [...scope.used.keys()],
    sources: orderSources(scope, store),
    media: [...media].sort(),
    included: (shortcodes.included ?? []).map((f) => relative(root, f)).sort(),
    options,
    logo,
    css: css.map((c) => c.url),
    mermaid: Boolean(env.mermaid),
  };
}

/** The class names a deck's own stylesheets define (`.name` in a selector): an outline may use them on divs. */
function stylesheetClasses(files: string[]): Set<string> {
  const classes = new Set<string>();
  for (const file of files) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const m of text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(m[1]!);
  }
  return classes;
}

/** Line origins through two expansions: helpers (`outer`, over the shortcodes' text) after shortcodes (`inner`, over the body). */
function composeLines(outer: number[] | undefined, inner: number[] | undefined): number[] | undefined {
  if (!inner) return outer;
  if (!outer) return inner;
  return outer.map((line) => inner[Math.min(line, inner.length - 1)] ?? line);
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
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.map) line = token.map[0];
    const children = token.children;
    if (!children) continue;
    for (let j = 0; j < children.length; j++) {
      const child = children[j]!;
      if (child.type !== 'image') continue;
      const src = child.attrGet('src');
      if (src) child.attrSet('src', resolve(String(src), line));
    }
  }
}
