import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { defaultCourse } from './course/course-files.js';
import { loadCourse, type Course } from './course/load-course.js';
import { ContentError, Diagnostics } from './diagnostics/diagnostic.js';
import { collectOutputPaths, guardForeignFiles, guardOutDir } from './output/guard-out-dir.js';
import { packageAssets, templateAssets, type Asset } from './output/collect-assets.js';
import { isExportedFile } from './output/exported-file.js';
import { siteFiles } from './output/site-files.js';
import { StagedOutput } from './output/stage-output.js';
import { compileLecture, type Deck } from './outline/compile-lecture.js';
import { renderSite } from './render/render-site.js';
import { BUILTIN_TEMPLATES, TemplateRegistry, warnOutsideLink } from './render/template-registry.js';
import { Timings } from './timings.js';

export interface BuildOptions {
  /** The course folder (default: the current folder when it holds course.yaml, else ./lectures). */
  course?: string;
  /** The output folder (default: see defaultOutDir). */
  out?: string;
  langs?: string[];
  sourceTexts?: string[];
  /** Link the PDFs from the course home (the PDF export writes them). */
  pdfLinks?: boolean;
  timings?: Timings;
}

export interface BuildResult {
  course: Course;
  decks: Deck[];
  outDir: string;
  diagnostics: Diagnostics;
  files: number;
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

/** Builds the HTML site of a course into the output folder, atomically. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const timings = options.timings ?? new Timings();
  const { course, decks, diagnostics } = await compileCourse({ ...options, timings });
  if (diagnostics.hasErrors) throw new ContentError(diagnostics);
  const outDir = resolve(options.out ?? defaultOutDir(course.root));
  const foreign = guardOutDir(outDir, course.root, { named: options.out !== undefined });

  const roots = templateRoots(course);
  const templates = new TemplateRegistry(roots, diagnostics);
  const assets = [...packageAssets(), ...templateAssets(roots, warnOutsideLink(diagnostics))];
  checkThemes(course, decks, assets, diagnostics);
  const previous = existsSync(outDir) ? collectOutputPaths(outDir, (p) => isExportedFile(p) && !foreign.includes(p)) : [];
  const files = timings.timeSync('render', () => renderSite(course, decks, templates, { pdfs: Boolean(options.pdfLinks) || previous.some((p) => p.endsWith('.pdf')) }));
  if (diagnostics.hasErrors) throw new ContentError(diagnostics);

  const site = siteFiles(files, assets, decks, course.root);
  guardForeignFiles(outDir, foreign, site);
  const output = new StagedOutput(outDir);
  await timings.time('write', async () => {
    await output.open();
    try {
      await Promise.all(
        [...site].map(([path, entry]) =>
          'text' in entry ? output.write(path, entry.text) : output.copy(path, entry.from),
        ),
      );
      const decksBuilt = new Set(decks.map((d) => `${d.lang}/${d.lectureId}/`));
      await output.carryOver([...previous.filter((p) => decksBuilt.has(p.replace(/[^/]+$/, ''))), ...foreign]);
      await output.commit();
    } catch (error) {
      await output.abort();
      throw error;
    }
  });
  return { course, decks, outDir, diagnostics, files: files.size };
}

