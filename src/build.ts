import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { defaultCourse } from './course/course-files.js';
import { loadCourse, type Course } from './course/load-course.js';
import { ContentError, Diagnostics } from './diagnostics/diagnostic.js';
import { checkOutDir, collectOutputPaths, guardForeignFiles, guardOutDir } from './output/guard-out-dir.js';
import { lockOutput } from './output/lock-output.js';
import { packageAssets, templateAssets, type Asset } from './output/collect-assets.js';
import { siteFiles } from './output/site-files.js';
import { noteOutputUntouched, StagedOutput } from './output/stage-output.js';
import { compileLecture, type Deck } from './outline/compile-lecture.js';
import { deckPath, renderSite } from './render/render-site.js';
import { LEDGER, READER_FILE, type ExportKind } from './site/pdf-ledger.js';
import { carriedOver, PdfLedgerReader, warnStalePdfs } from './site/pdf-states.js';
import { outputReader, singleFileDeck, singleFilePath } from './site/single-file.js';
import { BUILTIN_TEMPLATES, TemplateRegistry, warnOutsideLink } from './render/template-registry.js';
import { Timings } from './timings.js';

export interface BuildOptions {
  /** The course folder (default: the current folder when it holds course.yaml, else ./lectures). */
  course?: string;
  /** The output folder (default: see defaultOutDir). */
  out?: string;
  langs?: string[];
  sourceTexts?: string[];
  /** The PDFs and PowerPoint files about to be exported (by `lectern pdf` or `lectern pptx`): the site links them as current. */
  exporting?: readonly ExportKind[];
  /** Whether the course readers are about to be printed: the home pages link them as current. */
  exportingReaders?: boolean;
  /** Speaker notes in the public decks (default: course.yaml's `publish.notes`, else true). */
  notes?: boolean;
  /** Also write each deck as one self-contained file (default: course.yaml's `publish.singleFile`). */
  singleFile?: boolean;
  timings?: Timings;
}

export interface BuildSteps {
  /** Runs once the course is compiled, before its pages are rendered: the PDF export opens its browser's pages meanwhile. */
  compiled?(decks: Deck[]): void;
  /** Runs on the complete staged output (its folder) before it replaces the output: the PDF export. */
  beforeCommit?(stage: string, result: BuildResult): Promise<void>;
}

export interface BuildResult {
  course: Course;
  decks: Deck[];
  outDir: string;
  diagnostics: Diagnostics;
  files: number;
  /** What each deck's PDFs are printed from, by deck folder (`en/01-intro`): see site/pdf-ledger.ts. */
  fingerprints: Map<string, string>;
  /** Whether the public decks carry the speaker notes. */
  notes: boolean;
}

/**
 * Where a course's output goes unless --out says otherwise: output/ beside a
 * course folder named lectures (a project's own course), else _output/ inside
 * the course, so that two courses never share one.
 */
export function defaultOutDir(courseDir: string): string {
  const root = resolve(courseDir);
  return basename(root) === 'lectures' ? join(root, '..', 'output') : join(root, '_output');
}

/** Template roots of a course: the built-ins, then the course's own. */
export function templateRoots(course: Course): string[] {
  return [BUILTIN_TEMPLATES, join(course.root, 'templates')];
}

/** Loads and compiles a course, collecting every diagnostic (the caller decides what errors mean). */
export async function compileCourse(options: BuildOptions): Promise<{ course: Course; decks: Deck[]; diagnostics: Diagnostics }> {
  const timings = options.timings ?? new Timings();
  const diagnostics = new Diagnostics();
  const course = await timings.time('load', () =>
    loadCourse(options.course ?? defaultCourse(), diagnostics, { langs: options.langs, sourceTexts: options.sourceTexts }),
  );
  const decks = timings.timeSync('compile', () =>
    course.outlines.map((outline) => compileLecture(outline, { root: course.root, config: course.config, store: course.store, diagnostics })),
  );
  return { course, decks, diagnostics };
}

/** Each deck's theme must be a stylesheet the templates provide (templates/themes/NAME.css). */
function checkThemes(course: Course, decks: Deck[], assets: Asset[], diagnostics: Diagnostics): void {
  const themes = assets.map((a) => /^themes\/([^/]+)\.css$/.exec(a.to)?.[1]).filter((t): t is string => t !== undefined);
  for (const theme of new Set(decks.map((d) => d.theme))) {
    if (themes.includes(theme)) continue;
    const deck = decks.find((d) => d.theme === theme)!;
    const fromOutline = deck.theme !== course.config.theme;
    diagnostics.error(fromOutline ? deck.file : join(course.root, 'course.yaml'), { line: 1, column: 1 }, 'unknown-theme', `theme "${theme}" not found`, {
      hint: `the themes are ${themes.join(', ')}; a course adds its own as templates/themes/NAME.css`,
    });
  }
}

/**
 * Builds the HTML site of a course into the output folder, atomically, with
 * the output locked for the whole build (see lock-output.ts).
 */
export async function build(options: BuildOptions = {}, steps: BuildSteps = {}): Promise<BuildResult> {
  const timings = options.timings ?? new Timings();
  if (options.out !== undefined) noteOutputUntouched(resolve(options.out));
  const { course, decks, diagnostics } = await compileCourse({ ...options, timings });
  if (diagnostics.hasErrors) throw new ContentError(diagnostics);
  steps.compiled?.(decks);
  const outDir = resolve(options.out ?? defaultOutDir(course.root));
  noteOutputUntouched(outDir);
  const named = options.out !== undefined;
  // Refused before anything is written beside it; checked again once locked, as the lock may recover an earlier output.
  checkOutDir(outDir, course.root, { named });
  const lock = await lockOutput(outDir);
  try {
    return await buildLocked(options, steps, { course, decks, diagnostics, outDir, timings, foreign: guardOutDir(outDir, course.root, { named }) }, () => lock.check());
  } finally {
    await lock.release();
  }
}

/** The build itself, once its output folder is locked. */
async function buildLocked(
  options: BuildOptions,
  steps: BuildSteps,
  { course, decks, diagnostics, outDir, timings, foreign }: { course: Course; decks: Deck[]; diagnostics: Diagnostics; outDir: string; timings: Timings; foreign: string[] },
  checkLock: () => Promise<void>,
): Promise<BuildResult> {
  const roots = templateRoots(course);
  const templates = new TemplateRegistry(roots, diagnostics);
  const assets = [...packageAssets(), ...templateAssets(roots, warnOutsideLink(diagnostics))];
  checkThemes(course, decks, assets, diagnostics);
  const notes = options.notes ?? course.config.publish.notes;
  const previous = existsSync(outDir) ? collectOutputPaths(outDir, (p) => carriedOver(notes)(p) && !foreign.includes(p)) : [];
  const ledger = new PdfLedgerReader(outDir, previous, assets, options.exporting, options.exportingReaders);
  const siteOptions = { notes, siteUrl: course.config.siteUrl, pdfStates: ledger.statesOf, readerState: ledger.readerState };
  const pages = timings.timeSync('render', () => renderSite(course, decks, templates, siteOptions));
  if (diagnostics.hasErrors) throw new ContentError(diagnostics);
  warnStalePdfs(decks, ledger.states, diagnostics);
  const site = siteFiles(pages, assets, decks, course.root);
  if (options.singleFile ?? course.config.publish.singleFile) {
    const read = outputReader(site);
    timings.timeSync('single-file', () => {
      for (const deck of decks) site.set(singleFilePath(deck), { text: singleFileDeck(pages.get(deckPath(deck))!, deckPath(deck), read) });
    });
  }
  guardForeignFiles(outDir, foreign, site);
  const result: BuildResult = { course, decks, outDir, diagnostics, files: pages.size, fingerprints: ledger.fingerprints, notes };
  const output = new StagedOutput(outDir);
  await timings.time('write', async () => {
    await output.open();
    try {
      await Promise.all(
        [...site].map(([path, entry]) =>
          'text' in entry ? output.write(path, entry.text) : output.copy(path, entry.from),
        ),
      );
      const built = new Set(decks.flatMap((d) => [`${d.lang}/${d.lectureId}/`, `${d.lang}/${READER_FILE}`, `${d.lang}/${LEDGER}`]));
      await output.carryOver([...previous.filter((p) => built.has(p.replace(/[^/]+$/, '')) || built.has(p)), ...foreign]);
      await steps.beforeCommit?.(output.stage, result);
      await checkLock();
      await output.commit();
    } catch (error) {
      await output.abort();
      throw error;
    }
  });
  return result;
}
