import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { defaultOutDir, templateRoots, type BuildOptions } from '../build.js';
import { carriedOver, PdfLedgerReader } from '../site/pdf-states.js';
import { defaultCourse } from '../course/course-files.js';
import type { CourseConfig } from '../course/course-schema.js';
import { outlineFiles, reportDuplicateLectures } from '../course/find-course-files.js';
import { loadConfig, loadOutline, readText, sourceSearchPath, type Course } from '../course/load-course.js';
import { ContentError, Diagnostics, UsageError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FactStore } from '../facts/fact-store.js';
import { loadFacts } from '../facts/load-facts.js';
import { compileLecture, type Deck } from '../outline/compile-lecture.js';
import { packageAssets, templateAssets, type Asset } from '../output/collect-assets.js';
import { collectOutputPaths, guardForeignFiles, guardOutDir } from '../output/guard-out-dir.js';
import { lockOutput, type OutputLock } from '../output/lock-output.js';
import { renderCoursePages } from '../render/render-course-pages.js';
import type { SlideTypesetCache } from '../render/typeset-deck.js';
import type { SlideRenderCache } from '../render/render-deck.js';
import { deckPath, renderDeckPage } from '../render/render-site.js';
import { deckDir } from '../site/deck-links.js';
import { pageCache } from '../site/page-cache.js';
import type { PdfStates } from '../site/pdf-ledger.js';
import { TemplateRegistry, warnOutsideLink } from '../render/template-registry.js';
import { siteFiles, type OutputFiles } from '../output/site-files.js';
import { classifyChange, type ChangeKind, type CourseLayout } from './classify-change.js';
import { deckDependencies, dependsOn, type DeckDependencies } from './deck-dependencies.js';
import { diffFactStores, isEmptyChange } from './diff-fact-stores.js';
import { recordQueries, type FactQuery } from './record-queries.js';
import { throwIfInterrupted } from '../shutdown.js';
import { syncOutput } from './sync-output.js';
import { writeDecksFirst } from './write-decks-first.js';

export type LiveSiteOptions = Pick<BuildOptions, 'course' | 'out' | 'langs' | 'sourceTexts' | 'notes'>;

/** A file event from the watcher. */
export interface FileChange {
  path: string;
  event: 'add' | 'change' | 'unlink';
}

/** What one rebuild did. */
export interface RebuildReport {
  /** The changes that mattered, with what they are to the course (none for the first build). */
  changes: Array<{ path: string; kind: ChangeKind }>;
  /** Whether the whole course was loaded again. */
  full: boolean;
  /** Outline files compiled again, relative to the course. */
  recompiled: string[];
  /** Output paths written or removed (none when the rebuild failed). */
  written: string[];
  /** Every error the course has now, and the warnings of what was rebuilt. */
  diagnostics: Diagnostics;
  ok: boolean;
  ms: number;
  /** Counts the writes to the output: a rebuild that writes deck pages first counts them apart. */
  version: number;
  /** Whether the output folder was found deleted and written again. */
  restored: boolean;
  /** The deck pages written ahead of the course pages and reported then, under their own version (see `rebuild`). */
  decksFirst?: { written: string[]; version: number };
}

export interface RebuildOptions {
  /**
   * Called when the pages of the decks edited are written, before the
   * course pages (fact index, search, homes) are made: with a report of
   * those pages alone, under a version of their own. Only when the output
   * already holds the pages and what they show; otherwise, and without this
   * option, a rebuild writes everything at once.
   */
  onDecks?(report: RebuildReport): void;
}

/** One outline, as last compiled. */
interface Lecture {
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

/**
 * A course kept in memory between rebuilds: its settings, facts, compiled
 * decks and what each deck read, so that a change recompiles only the
 * lectures it can affect. Pages are rendered and written only when no error
 * stands anywhere in the course: until then the last good output stays.
 */
export class LiveSite {
  readonly root: string;
  readonly outDir: string;
  version = 0;
  /** The last rebuild. */
  last!: RebuildReport;

  private config!: CourseConfig;
  private langs: string[] = [];
  private store!: FactStore;
  private configDiagnostics: Diagnostic[] = [];
  private storeDiagnostics: Diagnostic[] = [];
  /** Files of the course folder skipped when listing the outlines. */
  private listingDiagnostics: Diagnostic[] = [];
  private readonly lectures = new Map<string, Lecture>();
  private templates?: { registry: TemplateRegistry; diagnostics: Diagnostics };
  private assets?: Asset[];
  private readonly packageAssets = packageAssets();
  /** What the course pages were made from, for the templates in use. */
  private pageCache = pageCache();
  /** The slides typeset so far, by language and HTML. */
  private readonly typesetCache: SlideTypesetCache = new Map();
  /** The slides rendered so far (for the templates and facts in use). */
  private readonly slideCache: SlideRenderCache = { slides: new Map() };
  private output?: OutputFiles;
  /** The PDFs and their records in the output when the session began. */
  private readonly existingPdfs: string[];
  private lock?: OutputLock;
  /** Files in the output folder that Lectern did not write: never replaced or removed. */
  private foreign: string[] = [];

  // What the next good rebuild has to render and write (it persists across failed rebuilds).
  private needsFullLoad = false;
  private renderAll = true;
  /** The decks (lang/lecture) of the last render. */
  private deckList = '';
  private readonly dirty = new Set<string>();
  private readonly touched = new Set<string>();

  private constructor(private readonly options: LiveSiteOptions) {
    this.root = resolve(options.course ?? defaultCourse());
    this.outDir = resolve(options.out ?? defaultOutDir(this.root));
    this.existingPdfs = existsSync(this.outDir) ? collectOutputPaths(this.outDir, carriedOver(true)) : [];
  }

  /** Loads and builds a course. A missing course or an unusable output folder is a usage error; content errors are in `last`. */
  static async open(options: LiveSiteOptions): Promise<LiveSite> {
    const site = new LiveSite(options);
    const named = options.out !== undefined;
    // Refused before anything is written beside it; checked again once locked, as the lock may recover an earlier output.
    guardOutDir(site.outDir, site.root, { named });
    site.lock = await lockOutput(site.outDir);
    try {
      site.foreign = guardOutDir(site.outDir, site.root, { named });
      const start = performance.now();
      const recompiled = await site.loadAll();
      throwIfInterrupted();
      site.last = await site.finish({ changes: [], full: true, recompiled, warnings: site.warningsOf(recompiled), start });
      return site;
    } catch (error) {
      await site.close();
      throw error;
    }
  }

  /** Releases the output folder (held, locked, while the site is open). */
  async close(): Promise<void> {
    await this.lock?.release();
    this.lock = undefined;
  }

  /** Where the course and what it reads are, for the watcher and for classifying changes. */
  layout(): CourseLayout {
    const textDirs = [this.root, ...sourceSearchPath(this.config, this.options).map((dir) => resolve(this.root, dir))];
    const sourceTexts = new Set<string>();
    for (const { source } of this.store.sources.values()) {
      if (source.file) for (const dir of textDirs) sourceTexts.add(resolve(dir, source.file));
    }
    const media = new Set<string>();
    const included = new Set<string>();
    for (const { deck } of this.lectures.values()) {
      for (const m of deck?.media ?? []) media.add(join(this.root, m));
      for (const f of deck?.included ?? []) included.add(join(this.root, f));
    }
    return { root: this.root, outDir: this.outDir, templateRoots: this.templateRoots(), sourceTexts, media, included };
  }

  /**
   * The lecturer's version of a page (a deck with its notes, when they are
   * kept out of the output), by its path in the output; undefined for pages
   * served as they are on disk.
   */
  lecturerPage(path: string): string | undefined {
    for (const lecture of this.lectures.values()) if (lecture.deck && deckPath(lecture.deck) === path) return lecture.lecturerHtml;
    return undefined;
  }

  /** Every error the course has now. */
  errors(): Diagnostic[] {
    const duplicates = new Diagnostics();
    reportDuplicateLectures([...this.lectures.values()].flatMap((l) => (l.name ? [{ file: l.file, ...l.name }] : [])), duplicates);
    return [...this.configDiagnostics, ...this.storeDiagnostics, ...[...this.lectures.values()].flatMap((l) => l.diagnostics), ...duplicates.list].filter(
      (d) => d.severity === 'error',
    );
  }

  /**
   * Rebuilds what a batch of file changes affects. Returns undefined when
   * nothing in the batch concerns the course and nothing is left to retry.
   */
  async rebuild(changes: FileChange[], { onDecks }: RebuildOptions = {}): Promise<RebuildReport | undefined> {
    const start = performance.now();
    const restored = await this.restoreOutput();
    const layout = this.layout();
    const classified = changes.map((c) => ({ ...c, kind: classifyChange(c.path, layout) }));
    const relevant = classified.filter((c) => c.kind !== 'other');
    const failing = [...this.lectures.values()].filter((l) => l.diagnostics.some((d) => d.severity === 'error')).map((l) => l.file);
    // A new file may be what a failing lecture misses (an image): try those again.
    const added = failing.length ? classified.filter((c) => c.kind === 'other' && c.event === 'add' && !/^\.|~$/.test(basename(c.path))) : [];
    if (!relevant.length && !added.length) {
      return restored.length ? this.finish({ changes: [], full: false, recompiled: [], warnings: [], start, restored }) : undefined;
    }

    const kinds = new Set(relevant.map((c) => c.kind));
    const summary = [...relevant, ...added].map(({ path, kind }) => ({ path, kind }));
    if (kinds.has('course') || this.needsFullLoad) {
      const recompiled = await this.loadAll();
      return this.finish({ changes: summary, full: true, recompiled, warnings: this.warningsOf(recompiled), start, restored, onDecks });
    }

    if (kinds.has('template')) {
      this.templates = undefined;
      this.renderAll = true;
    }
    if (kinds.has('template-asset')) this.assets = undefined;
    for (const c of relevant) if (c.kind === 'template-asset' || c.kind === 'media') this.touched.add(c.path);

    const recompile = new Set(failing);
    for (const c of relevant) if (c.kind === 'outline') recompile.add(c.path);
    for (const c of relevant) if (c.kind === 'include') for (const file of this.lecturesIncluding(c.path)) recompile.add(file);
    // An image gone makes an error in the lectures showing it.
    for (const c of relevant) if (c.kind === 'media' && c.event === 'unlink') for (const file of this.lecturesShowing(c.path)) recompile.add(file);
    const storeChanged = kinds.has('facts') || kinds.has('sources') || kinds.has('source-text');
    if (storeChanged) {
      const before = this.store;
      await this.loadStore();
      const change = diffFactStores(before, this.store, relevant.filter((c) => c.kind === 'source-text').map((c) => c.path));
      if (!isEmptyChange(change)) {
        for (const lecture of this.lectures.values()) if (lecture.deps && dependsOn(lecture.deps, change)) recompile.add(lecture.file);
      }
    }
    const recompiled: string[] = [];
    for (const file of [...recompile].sort()) if (await this.loadLecture(file)) recompiled.push(file);
    const warnings = this.warningsOf(recompiled, storeChanged);
    return this.finish({ changes: summary, full: false, recompiled, warnings, start, restored, onDecks });
  }

  /** An output folder deleted while watching gets the last good output back; returns the paths written. */
  private async restoreOutput(): Promise<string[]> {
    if (existsSync(this.outDir) || !this.output) return [];
    return syncOutput(this.outDir, this.output);
  }

  private lecturesIncluding(path: string): string[] {
    return [...this.lectures.values()].filter((l) => l.deck?.included.some((f) => join(this.root, f) === path)).map((l) => l.file);
  }

  private lecturesShowing(image: string): string[] {
    return [...this.lectures.values()].filter((l) => l.deck?.media.some((m) => join(this.root, m) === image)).map((l) => l.file);
  }

  /** The course as the renderers take it. */
  private course(): Course {
    return { root: this.root, config: this.config, store: this.store, outlines: [] };
  }

  private templateRoots(): string[] {
    return templateRoots(this.course());
  }

  /** The warnings of what was just loaded: the outlines compiled, and the facts if they were. */
  private warningsOf(files: string[], store = true): Diagnostic[] {
    const loaded = [...(store ? [...this.listingDiagnostics, ...this.storeDiagnostics] : []), ...files.flatMap((f) => this.lectures.get(f)?.diagnostics ?? [])];
    return loaded.filter((d) => d.severity === 'warning');
  }

  /** Loads course.yaml, the facts and every outline; returns the outlines compiled. */
  private async loadAll(): Promise<string[]> {
    const diagnostics = new Diagnostics();
    try {
      const { config, langs } = await loadConfig(this.root, diagnostics, this.options);
      this.config = config;
      this.langs = langs;
      this.configDiagnostics = diagnostics.list;
      this.needsFullLoad = false;
    } catch (error) {
      // While watching, a course.yaml gone, broken or naming other languages is shown like any error, and tried again on the next change.
      if (!(error instanceof UsageError || error instanceof ContentError) || !this.store) throw error;
      this.configDiagnostics =
        error instanceof ContentError
          ? error.diagnostics.list
          : [{ file: join(this.root, 'course.yaml'), start: { line: 1, column: 1 }, severity: 'error', ruleId: 'course', message: error.message, hint: error.hint }];
      this.needsFullLoad = true;
      return [];
    }
    await this.loadStore();
    this.lectures.clear();
    const listing = new Diagnostics();
    const files = outlineFiles(this.root, listing);
    this.listingDiagnostics = listing.list;
    const compiled = await Promise.all(files.map((file) => this.loadLecture(file)));
    this.templates = undefined;
    this.assets = undefined;
    this.renderAll = true;
    return files.filter((_, i) => compiled[i]);
  }

  private async loadStore(): Promise<void> {
    const diagnostics = new Diagnostics();
    this.store = await loadFacts(this.root, sourceSearchPath(this.config, this.options), diagnostics, readText, this.config.languages[0]);
    this.storeDiagnostics = diagnostics.list;
  }

  /** Reads and compiles one outline (a deleted one is dropped); returns whether it was compiled. */
  private async loadLecture(file: string): Promise<boolean> {
    const previous = this.lectures.get(file);
    if (!existsSync(file)) {
      this.lectures.delete(file);
      return false;
    }
    const diagnostics = new Diagnostics();
    const outline = await loadOutline(file, this.config, diagnostics);
    const lecture: Lecture = { file, diagnostics: diagnostics.list, html: previous?.html, lecturerHtml: previous?.lecturerHtml, pdfs: previous?.pdfs, name: outline && { lectureId: outline.lectureId, lang: outline.lang } };
    if (outline && this.langs.includes(outline.lang)) {
      const queries: FactQuery[] = [];
      const store = recordQueries(this.store, queries);
      lecture.deck = compileLecture(outline, { root: this.root, config: this.config, store, diagnostics });
      lecture.deps = deckDependencies(lecture.deck, this.store, queries);
    }
    this.lectures.set(file, lecture);
    this.dirty.add(file);
    return lecture.deck !== undefined;
  }

  /** Renders and writes what is dirty, unless the course has errors; reports the rebuild. */
  private async finish({ changes, full, recompiled, warnings, start, restored = [], onDecks }: {
    changes: RebuildReport['changes'];
    full: boolean;
    recompiled: string[];
    warnings: Diagnostic[];
    start: number;
    restored?: string[];
    onDecks?: RebuildOptions['onDecks'];
  }): Promise<RebuildReport> {
    const diagnostics = new Diagnostics();
    for (const d of [...this.errors(), ...warnings]) diagnostics.add(d);
    let written: string[] = [...restored];
    const report = (rest: Pick<RebuildReport, 'written' | 'decksFirst'>): RebuildReport => ({
      changes,
      full,
      recompiled: recompiled.map((file) => relative(this.root, file)).sort(),
      diagnostics,
      ok: !diagnostics.hasErrors,
      ms: performance.now() - start,
      version: this.version,
      restored: restored.length > 0,
      ...rest,
    });
    let decksFirst: RebuildReport['decksFirst'];
    if (!diagnostics.hasErrors && onDecks && !restored.length) {
      const first = await this.writeDecksFirst();
      if (first.length) {
        this.version++;
        decksFirst = { written: first, version: this.version };
        written = first;
        this.last = report({ written: first });
        onDecks(this.last);
      }
    }
    if (!diagnostics.hasErrors) {
      const files = this.render(diagnostics);
      if (files) {
        guardForeignFiles(this.outDir, this.foreign, files);
        await this.lock?.check();
        written = [...new Set([...written, ...(await syncOutput(this.outDir, files, { previous: this.output, touched: this.touched, keep: new Set(this.foreign) }))])].sort();
        this.output = files;
        this.touched.clear();
        this.dirty.clear();
        this.renderAll = false;
      }
    }
    if (written.length > (decksFirst?.written.length ?? 0)) this.version++;
    this.last = report({ written, ...(decksFirst && { decksFirst }) });
    return this.last;
  }

  /**
   * Renders the decks compiled again and writes their pages, ahead of the
   * course pages, when nothing else in the output has to change with them
   * first: the same decks, templates and assets, the pages and what they
   * show already in the output. Returns the paths written (none when it
   * cannot, or nothing changed: the whole render then does the work).
   */
  private async writeDecksFirst(): Promise<string[]> {
    if (!this.output || !this.templates || !this.assets || this.renderAll || this.touched.size || !this.dirty.size) return [];
    const lectures = this.sortedLectures();
    const decks = lectures.flatMap((l) => l.deck ?? []);
    if (decks.map(deckDir).join('\n') !== this.deckList) return [];
    const { registry, diagnostics } = this.templates;
    const mark = diagnostics.list.length;
    const site = this.siteOptions(this.assets);
    const pages = new Map(lectures.filter((l) => l.deck && this.dirty.has(l.file)).map((l) => [l, renderDeckPage(l.deck!, decks, this.course(), registry, site)]));
    // A template that fails is reported by the whole render, which comes next.
    if (diagnostics.list.slice(mark).some((d) => d.severity === 'error')) return [];
    await this.lock?.check();
    const first = await writeDecksFirst(this.outDir, this.output, [...pages].map(([l, page]) => ({ path: deckPath(l.deck!), html: page.html, media: l.deck!.media })));
    if (!first) return [];
    this.output = first.output;
    for (const [lecture, page] of pages) {
      Object.assign(lecture, { html: page.html, lecturerHtml: page.lecturerHtml, pdfs: page.states });
      this.dirty.delete(lecture.file);
    }
    return first.written;
  }

  private sortedLectures(): Lecture[] {
    return [...this.lectures.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  /** How the pages are rendered: the notes, the site's address, the PDFs the output has. */
  private siteOptions(assets: Asset[]) {
    return {
      typesetCache: this.typesetCache,
      slideCache: this.slideCache,
      notes: this.options.notes ?? this.config.publish.notes,
      siteUrl: this.config.siteUrl,
      pdfStates: new PdfLedgerReader(this.outDir, this.existingPdfs, assets).statesOf,
    };
  }

  /** The whole output, pages rendered again where dirty; undefined when a template failed (reported in `diagnostics`). */
  private render(diagnostics: Diagnostics): OutputFiles | undefined {
    const templates = (this.templates ??= (() => {
      const d = new Diagnostics();
      this.pageCache = pageCache();
      return { registry: new TemplateRegistry(this.templateRoots(), d), diagnostics: d };
    })());
    const mark = templates.diagnostics.list.length;
    const lectures = this.sortedLectures();
    const decks = lectures.flatMap((l) => l.deck ?? []);
    const course = this.course();
    this.assets ??= [...this.packageAssets, ...templateAssets(this.templateRoots(), warnOutsideLink(diagnostics))];
    const site = this.siteOptions(this.assets);
    // A deck page's language menu names the lecture's other decks: when a deck comes or goes, every page is made again.
    const deckList = decks.map(deckDir).join('\n');
    const allDecks = this.renderAll || deckList !== this.deckList;
    const html = new Map<Lecture, ReturnType<typeof renderDeckPage>>();
    for (const lecture of lectures) {
      if (lecture.deck && (allDecks || this.dirty.has(lecture.file) || lecture.html === undefined)) {
        html.set(lecture, renderDeckPage(lecture.deck, decks, course, templates.registry, site));
      }
    }
    const states = new Map(lectures.flatMap((l) => (l.deck ? [[deckDir(l.deck), html.get(l)?.states ?? l.pdfs ?? {}] as const] : [])));
    // Each course page is made again only when what it is made from changed (the cache knows).
    const pages = renderCoursePages(course, decks, templates.registry, { ...site, states, cache: this.pageCache });
    const failed = templates.diagnostics.list.slice(mark);
    if (failed.some((d) => d.severity === 'error')) {
      for (const d of failed) diagnostics.add(d);
      this.templates = undefined;
      return undefined;
    }
    for (const [lecture, page] of html) Object.assign(lecture, { html: page.html, lecturerHtml: page.lecturerHtml, pdfs: page.states });
    this.deckList = deckList;

    const deckPages = lectures.flatMap((l): Array<[string, string]> => (l.deck ? [[deckPath(l.deck), l.html!]] : []));
    return siteFiles([...deckPages, ...pages], this.assets, decks, this.root);
  }
}
