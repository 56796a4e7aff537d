import { basename, dirname, join, relative, sep } from 'node:path';
import { BIBLIOGRAPHY_FILES } from '../bibliography/load-bibliography.js';
import { isInside } from '../course/course-files.js';
import { isFactsName, isOutlineName } from '../course/find-course-files.js';

/**
 * What a changed file is to the course, and so what it rebuilds:
 * - `course`: course.yaml, everything;
 * - `template`: a Handlebars template, every page rendered again;
 * - `template-asset`: a file under a template root's assets/ or themes/, copied;
 * - `facts`, `sources`, `source-text`: the fact store, reloaded; the lectures using what changed;
 * - `outline`: that lecture;
 * - `include`: a file outlines include, the lectures including it;
 * - `media`: an image a deck shows, copied;
 * - `other`: nothing.
 */
export type ChangeKind = 'course' | 'template' | 'template-asset' | 'facts' | 'sources' | 'source-text' | 'outline' | 'include' | 'media' | 'other';

/** Where things are: the course, its output, the template roots, and the files the course reads. */
export interface CourseLayout {
  root: string;
  outDir: string;
  templateRoots: string[];
  /** Text files of sources, where they are or would be found. */
  sourceTexts: ReadonlySet<string>;
  /** Images the decks show. */
  media: ReadonlySet<string>;
  /** Files the outlines include. */
  included: ReadonlySet<string>;
}

export function classifyChange(path: string, layout: CourseLayout): ChangeKind {
  const { root } = layout;
  if (isInside(layout.outDir, path)) return 'other';
  if (path === join(root, 'course.yaml')) return 'course';
  // The course's own templates come last and shadow the built-ins: look at them first.
  for (const templates of [...layout.templateRoots].reverse()) {
    if (!isInside(templates, path)) continue;
    const [top] = relative(templates, path).split(sep);
    if (top === 'assets' || top === 'themes') return 'template-asset';
    return path.endsWith('.hbs') ? 'template' : 'other';
  }
  if (['sources.yaml', ...BIBLIOGRAPHY_FILES].some((name) => path === join(root, name))) return 'sources';
  if (dirname(path) === join(root, 'facts') && isFactsName(basename(path))) return 'facts';
  if (dirname(path) === root && isOutlineName(basename(path))) return 'outline';
  if (layout.included.has(path)) return 'include';
  if (layout.sourceTexts.has(path)) return 'source-text';
  if (layout.media.has(path)) return 'media';
  return 'other';
}
