import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MINI_COURSE, tempDir } from './paths.js';

/** A copy of the mini course in a temporary folder, with some files replaced or added. */
export function miniCourseWith(files: Record<string, string> = {}): string {
  const root = join(tempDir(), 'course');
  cpSync(MINI_COURSE, root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The mini course, with the first trial naming Zinoviev under people:, and an outline using the person filters. */
export function courseWithPeople(outline = '{{timeline person="zinoviev"}}'): string {
  const facts = readFileSync(join(MINI_COURSE, 'facts/trials.yaml'), 'utf8').replace('  tags: [trials]\n', '  tags: [trials]\n  people: [zinoviev]\n');
  return miniCourseWith({ 'facts/trials.yaml': facts, '01-demo.en.md': `---\ntitle: People\n---\n\n## Zinoviev\n\n${outline}\n` });
}

/**
 * The mini course in English and another language: its Russian parts
 * relabelled to that language (the text stays Russian), the quote given a
 * translation into it.
 */
export function miniCourseIn(lang: string, quoteTranslation: string, files: Record<string, string> = {}): string {
  const course = miniCourseWith();
  for (const file of ['course.yaml', 'sources.yaml', ...readdirSync(join(course, 'facts')).map((f) => `facts/${f}`)]) {
    const text = readFileSync(join(course, file), 'utf8')
      .replace(/\bru:/g, `${lang}:`)
      .replace('languages: [en, ru]', `languages: [en, ${lang}]`)
      .replace(/translations: \{en: ("[^"]*")\}/g, `translations: {en: $1, ${lang}: "${quoteTranslation}"}`);
    writeFileSync(join(course, file), text);
  }
  renameSync(join(course, '01-demo.ru.md'), join(course, `01-demo.${lang}.md`));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(course, path)), { recursive: true });
    writeFileSync(join(course, path), text);
  }
  return course;
}

/** The mini course with a glossary term whose title, definition and source note hold formulas, shown by the English outline with its definition. */
export function courseWithMathTerm(definition: string): string {
  const term = `- id: variance
  type: term
  title: {en: "Variance $\\\\sigma^2$", ru: "Дисперсия $\\\\sigma^2$"}
  definition: {en: "${definition}", ru: "Верно $\\\\sigma^2 = E[(X-\\\\mu)^2]$."}
  sources:
    - source: almanac
      quote: "show trial"
      note: {en: "As $n \\\\to \\\\infty$.", ru: "При $n \\\\to \\\\infty$."}
`;
  const outline = '---\ntitle: Spread\n---\n\n## Variance\n\n{{term "variance"}}\n\nIn short: {{fact "variance" "definition"}}\n\n::: notes\nSay it slowly.\n:::\n';
  return miniCourseWith({ 'facts/terms.yaml': term, '01-demo.en.md': outline });
}
