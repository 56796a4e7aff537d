import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { defaultOutDir, templateRoots, type BuildOptions } from '../build.js';
import { carriedOver } from '../site/pdf-states.js';
import { defaultCourse } from '../course/course-files.js';
import type { CourseConfig } from '../course/course-schema.js';
import { outlineFiles, reportDuplicateLectures } from '../course/find-course-files.js';
import { loadConfig, loadOutline, readText, sourceSearchPath, type Course } from '../course/load-course.js';
import { ContentError, Diagnostics, UsageError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FactStore } from '../facts/fact-store.js';
import { loadFacts } from '../facts/load-facts.js';
import { compileLecture } from '../outline/compile-lecture.js';
import { collectOutputPaths, guardForeignFiles, guardOutDir } from '../output/guard-out-dir.js';
import { lockOutput, type OutputLock } from '../output/lock-output.js';
import { deckPath } from '../render/render-site.js';
import type { OutputFiles } from '../output/site-files.js';
import { classifyChange, type CourseLayout } from './classify-change.js';
import { deckDependencies, dependsOn } from './deck-dependencies.js';
import { diffFactStores, isEmptyChange } from './diff-fact-stores.js';
import { recordQueries, type FactQuery } from './record-queries.js';
import { throwIfInterrupted } from '../shutdown.js';
import { syncOutput } from './sync-output.js';
import { writeDecksFirst } from './write-decks-first.js';
import { INTERRUPTED, keepPage, LiveRenderer, type Lecture } from './render-live-site.js';
import type { FileChange, RebuildOptions, RebuildReport } from './rebuild-report.js';

export type { FileChange, RebuildOptions, RebuildReport } from './rebuild-report.js';

export type LiveSiteOptions = Pick<BuildOptions, 'course' | 'out' | 'langs' | 'sourceTexts' | 'notes'>;

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
  private output?: OutputFiles;
  /** The PDFs and their records in the output when the session began. */
  private readonly existingPdfs: string[];
  private readonly renderer: LiveRenderer;
  private lock?: OutputLock;
  /** Files in the output folder that Lectern did not write: never replaced or removed. */
  private foreign: string[] = [];

  // What the next good rebuild has to render and write (it persists across failed rebuilds).
  private needsFullLoad = false;
  private readonly dirty = new Set<string>();
  /** The course pages, left by a rebuild that gave way to more changes. */
  private pagesPending = false;
  private readonly touched = new Set<string>();

  private constructor(private readonly options: LiveSiteOptions) {
    this.root = resolve(options.course ?? defaultCourse());
    this.outDir = resolve(options.out ?? defaultOutDir(this.root));
    this.existingPdfs = existsSync(this.outDir) ? collectOutputPaths(this.outDir, carriedOver(true)) : [];
    this.renderer = new LiveRenderer({
      outDir: this.outDir,
      existingPdfs: this.existingPdfs,
      course: () => this.course(),
      templateRoots: () => this.templateRoots(),
      notes: () => this.options.notes ?? this.config.publish.notes,
    });
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
  async rebuild(changes: FileChange[], options: RebuildOptions = {}): Promise<RebuildReport | undefined> {
    const start = performance.now();
    const restored = await this.restoreOutput();
    const layout = this.layout();
    const classified = changes.map((c) => ({ ...c, kind: classifyChange(c.path, layout) }));
    const relevant = classified.filter((c) => c.kind !== 'other');
    const failing = [...this.lectures.values()].filter((l) => l.diagnostics.some((d) => d.severity === 'error')).map((l) => l.file);
    // A new file may be what a failing lecture misses (an image): try those again.
    const added = failing.length ? classified.filter((c) => c.kind === 'other' && c.event === 'add' && !/^\.|~$/.test(basename(c.path))) : [];
    if (!relevant.length && !added.length) {
      return restored.length || this.pagesPending ? this.finish({ changes: [], full: false, recompiled: [], warnings: [], start, restored, ...options }) : undefined;
    }

    const kinds = new Set(relevant.map((c) => c.kind));
    const summary = [...relevant, ...added].map(({ path, kind }) => ({ path, kind }));
    if (kinds.has('course') || this.needsFullLoad) {
      const recompiled = await this.loadAll();
      return this.finish({ changes: summary, full: true, recompiled, warnings: this.warningsOf(recompiled), start, restored, ...options });
    }

    if (kinds.has('template')) this.renderer.resetTemplates();
    if (kinds.has('template-asset')) this.renderer.resetAssets();
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
    return this.finish({ changes: summary, full: false, recompiled, warnings, start, restored, ...options });
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
    this.renderer.resetTemplates();
    this.renderer.resetAssets();
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
  private async finish({ changes, full, recompiled, warnings, start, restored = [], onDecks, interrupted }: RebuildOptions & {
    changes: RebuildReport['changes'];
    full: boolean;
    recompiled: string[];
    warnings: Diagnostic[];
    start: number;
    restored?: string[];
  }): Promise<RebuildReport> {
    const diagnostics = new Diagnostics();
    for (const d of [...this.errors(), ...warnings]) diagnostics.add(d);
    let written: string[] = [...restored];
    const report = (rest: Pick<RebuildReport, 'written' | 'decksFirst' | 'pagesFollow'>): RebuildReport => ({
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
    let pagesFollow = false;
    if (!diagnostics.hasErrors) {
      // Course pages after decks written first give way, between pages, to the changes that come meanwhile.
      const pause = decksFirst && interrupted && (() => new Promise<boolean>((resolve) => setImmediate(() => resolve(interrupted()))));
      const files = await this.renderer.render(this.sortedLectures(), this.dirty, diagnostics, pause || undefined);
      pagesFollow = files === INTERRUPTED;
      this.pagesPending = pagesFollow;
      if (files && files !== INTERRUPTED) {
        guardForeignFiles(this.outDir, this.foreign, files);
        await this.lock?.check();
        written = [...new Set([...written, ...(await syncOutput(this.outDir, files, { previous: this.output, touched: this.touched, keep: new Set(this.foreign) }))])].sort();
        this.output = files;
        this.touched.clear();
        this.dirty.clear();
        this.renderer.written();
      }
    }
    if (written.length > (decksFirst?.written.length ?? 0)) this.version++;
    this.last = report({ written, ...(decksFirst && { decksFirst }), ...(pagesFollow && { pagesFollow }) });
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
    if (!this.output || this.touched.size || !this.dirty.size) return [];
    const pages = this.renderer.decksFirst(this.sortedLectures(), this.dirty);
    if (!pages) return [];
    await this.lock?.check();
    const first = await writeDecksFirst(this.outDir, this.output, [...pages].map(([l, page]) => ({ path: deckPath(l.deck!), html: page.html, media: l.deck!.media })));
    if (!first) return [];
    this.output = first.output;
    for (const [lecture, page] of pages) {
      keepPage(lecture, page);
      this.dirty.delete(lecture.file);
    }
    return first.written;
  }

  private sortedLectures(): Lecture[] {
    return [...this.lectures.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
}
