import { join } from 'node:path';
import { loadCourse, type Course } from '../../src/course/load-course.js';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { compileLecture } from '../../src/outline/compile-lecture.js';
import { readOutline } from '../../src/outline/read-outline.js';
import { hasSourcesSlide, renderSlides } from '../../src/render/render-deck.js';
import { BUILTIN_TEMPLATES, TemplateRegistry } from '../../src/render/template-registry.js';
import { MINI_COURSE } from './paths.js';

let course: Promise<Course> | undefined;

/** The mini course, loaded once per test file. */
export function miniCourse(): Promise<Course> {
  course ??= loadCourse(MINI_COURSE, new Diagnostics());
  return course;
}

/**
 * Compiles an outline body (front matter added) against the mini course's
 * facts; returns the deck, the diagnostics and the HTML of its content
 * slides (title and sources slides left out).
 */
export async function renderOutlineBody(body: string, { lang = 'en', frontMatter = '', root = '' } = {}) {
  const c = root ? await loadCourse(root, new Diagnostics()) : await miniCourse();
  const diagnostics = new Diagnostics();
  const file = join(c.root, `fixture.${lang}.md`);
  const outline = readOutline(file, `---\ntitle: Fixture\n${frontMatter}---\n${body}`, diagnostics, 'en');
  if (!outline) return { deck: undefined, diagnostics, html: '' };
  const deck = compileLecture(outline, { root: c.root, config: c.config, store: c.store, diagnostics });
  const slides = renderSlides(deck, c, new TemplateRegistry([BUILTIN_TEMPLATES], diagnostics));
  return { deck, diagnostics, html: slides.slice(1, hasSourcesSlide(deck) ? -1 : undefined).join('\n') };
}

/** Diagnostics as "line:col severity message" lines. */
export function summarise(diagnostics: Diagnostics): string[] {
  return diagnostics.sorted().map((d) => `${d.start.line}:${d.start.column} ${d.severity} ${d.message}`);
}
