import type { Course } from '../course/load-course.js';
import { Diagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Deck } from '../outline/compile-lecture.js';
import { packageAssets, templateAssets, type Asset } from '../output/collect-assets.js';
import { siteFiles, type OutputFiles } from '../output/site-files.js';
import { coursePages } from '../render/render-course-pages.js';
import type { SlideRenderCache } from '../render/render-deck.js';
import { deckPath, renderDeckPage, type DeckPageResult } from '../render/render-site.js';
import { TemplateRegistry, warnOutsideLink } from '../render/template-registry.js';
import type { SlideTypesetCache } from '../render/typeset-deck.js';
import { deckDir } from '../site/deck-links.js';
import { pageCache } from '../site/page-cache.js';
import { PdfLedgerReader } from '../site/pdf-states.js';
import type { PdfStates } from '../site/pdf-ledger.js';
import type { DeckDependencies } from './deck-dependencies.js';

/** One outline, as last compiled. */
export interface Lecture {
  file: string;
  /** Absent when the outline cannot be read, or is in a language not built. */
  deck?: Deck;
  deps?: DeckDependencies;
  /** The lecture and language the outline is written for, once read. */
  name?: { lectureId: string; lang: string };
  /** What reading and compiling it reported. */
  diagnostics: Diagnostic[];
  /** The page last rendered from the deck. */
  html?: string;
  /** With the notes kept private: the page with them, which the server shows instead of the public one. */
  lecturerHtml?: string;
  /** The deck's PDFs in the output when its page was rendered. */
  pdfs?: PdfStates;
}

/** What rendering returns when it gave way to more changes. */
export const INTERRUPTED = 'interrupted';

/** What the renderer reads of the live site it renders. */
export interface LiveCourse {
  outDir: string;
  /** The PDFs and their records in the output when the session began. */
  existingPdfs: string[];
  course(): Course;
  templateRoots(): string[];
  /** Speaker notes in the public decks. */
  notes(): boolean;
}

/**
 * The pages of a live site, and what it keeps to render them again fast:
 * the templates, the assets, the course pages, the slides rendered and
 * typeset. Rendering fills each lecture's page; what the next render must
 * redo in full is said by `reset…`.
 */
export class LiveRenderer {
  private templates?: { registry: TemplateRegistry; diagnostics: Diagnostics };
  private assets?: Asset[];
  private readonly packageAssets = packageAssets();
  /** What the course pages were made from, for the templates in use. */
  private pageCache = pageCache();
  private readonly typesetCache: SlideTypesetCache = new Map();
  private readonly slideCache: SlideRenderCache = { slides: new Map() };
  /** Every deck page to be rendered again (the templates or the course changed). */
  private renderAll = true;
  /** The decks (lang/lecture) of the last render. */
  private deckList = '';

  constructor(private readonly site: LiveCourse) {}

  /** The templates changed: every page is rendered again. */
  resetTemplates(): void {
    this.templates = undefined;
    this.renderAll = true;
  }

  /** A file copied from the templates changed. */
  resetAssets(): void {
    this.assets = undefined;
  }

  /** The output written from the last render: what it rendered in full is up to date. */
  written(): void {
    this.renderAll = false;
  }

  /**
   * The pages of the lectures in `dirty`, when they can be written ahead of
   * the course pages: the same decks, templates and assets as the last
   * render. Undefined when they cannot, or a template failed (the whole
   * render, next, reports it).
   */
  decksFirst(lectures: Lecture[], dirty: ReadonlySet<string>): Map<Lecture, DeckPageResult> | undefined {
    if (!this.templates || !this.assets || this.renderAll) return undefined;
    const decks = lectures.flatMap((l) => l.deck ?? []);
    if (decks.map(deckDir).join('\n') !== this.deckList) return undefined;
    const { registry, diagnostics } = this.templates;
    const mark = diagnostics.list.length;
    const site = this.siteOptions(this.assets);
    const pages = new Map(lectures.filter((l) => l.deck && dirty.has(l.file)).map((l) => [l, renderDeckPage(l.deck!, decks, this.site.course(), registry, site)]));
    return diagnostics.list.slice(mark).some((d) => d.severity === 'error') ? undefined : pages;
  }

  /**
   * The whole output, deck pages rendered again where dirty; undefined when
   * a template failed (reported in `diagnostics`); INTERRUPTED when `pause`,
   * asked between the course pages, said to give way.
   */
  async render(lectures: Lecture[], dirty: ReadonlySet<string>, diagnostics: Diagnostics, pause?: () => Promise<boolean>): Promise<OutputFiles | undefined | typeof INTERRUPTED> {
    const templates = (this.templates ??= (() => {
      const d = new Diagnostics();
      this.pageCache = pageCache();
      return { registry: new TemplateRegistry(this.site.templateRoots(), d), diagnostics: d };
    })());
    const mark = templates.diagnostics.list.length;
    const decks = lectures.flatMap((l) => l.deck ?? []);
    const course = this.site.course();
    this.assets ??= [...this.packageAssets, ...templateAssets(this.site.templateRoots(), warnOutsideLink(diagnostics))];
    const site = this.siteOptions(this.assets);
    // A deck page's language menu names the lecture's other decks: when a deck comes or goes, every page is made again.
    const deckList = decks.map(deckDir).join('\n');
    const allDecks = this.renderAll || deckList !== this.deckList;
    const html = new Map<Lecture, DeckPageResult>();
    for (const lecture of lectures) {
      if (lecture.deck && (allDecks || dirty.has(lecture.file) || lecture.html === undefined)) {
        html.set(lecture, renderDeckPage(lecture.deck, decks, course, templates.registry, site));
      }
    }
    const states = new Map(lectures.flatMap((l) => (l.deck ? [[deckDir(l.deck), html.get(l)?.states ?? l.pdfs ?? {}] as const] : [])));
    // Each course page is made again only when what it is made from changed (the cache knows).
    const pages: Array<[string, string]> = [];
    for (const page of coursePages(course, decks, templates.registry, { ...site, states, cache: this.pageCache })) {
      pages.push(page);
      if (pause && (await pause())) return INTERRUPTED;
    }
    const failed = templates.diagnostics.list.slice(mark);
    if (failed.some((d) => d.severity === 'error')) {
      for (const d of failed) diagnostics.add(d);
      this.templates = undefined;
      return undefined;
    }
    for (const [lecture, page] of html) keepPage(lecture, page);
    this.deckList = deckList;

    const deckPages = lectures.flatMap((l): Array<[string, string]> => (l.deck ? [[deckPath(l.deck), l.html!]] : []));
    return siteFiles([...deckPages, ...pages], this.assets, decks, course.root);
  }

  /** How the pages are rendered: the caches, the notes, the site's address, the PDFs the output has. */
  private siteOptions(assets: Asset[]) {
    return {
      typesetCache: this.typesetCache,
      slideCache: this.slideCache,
      notes: this.site.notes(),
      siteUrl: this.site.course().config.siteUrl,
      pdfStates: new PdfLedgerReader(this.site.outDir, this.site.existingPdfs, assets).statesOf,
    };
  }
}

/** A lecture's page as rendered, kept with it. */
export function keepPage(lecture: Lecture, page: DeckPageResult): void {
  Object.assign(lecture, { html: page.html, lecturerHtml: page.lecturerHtml, pdfs: page.states });
}
