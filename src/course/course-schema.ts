import * as z from 'zod';
import { about, entry } from './explain-issue.js';
import { OWN_LANGUAGE_NAMES } from './language-names.js';

/** Whether the dates and numbers of a language code can be formatted: Intl rejects tags such as "en-12". */
function isLocale(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

let languageNames: Intl.DisplayNames | undefined;

/** Whether a well-formed code names a language that exists ("de", "pt-BR"), not merely one that could ("xx"). */
function isKnownLanguage(code: string): boolean {
  if (Object.hasOwn(OWN_LANGUAGE_NAMES, code)) return true;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

const WELL_FORMED = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A language code such as `en`, `ru` or `pt-BR`: one message for a code that is not one, whatever makes it wrong. */
export const langCode = z
  .string()
  .regex(WELL_FORMED, 'expected a language code such as "en" or "ru"')
  .refine((code) => !WELL_FORMED.test(code) || isLocale(code), 'expected a language code such as "en" or "ru"')
  .refine((code) => !WELL_FORMED.test(code) || !isLocale(code) || isKnownLanguage(code), { error: (issue) => `"${String(issue.input)}" is not a language code: expected a BCP 47 code such as "en", "de" or "pt-BR"` });

/** Text in several languages, or one string meaning "the same in every language". */
export const langText = z.union([z.string(), z.record(langCode, z.string())], {
  error: 'expected text, or a map of languages to text such as {en: "…", ru: "…"}',
});
export type LangText = z.infer<typeof langText>;

const TEXT_EXAMPLE = '{en: "…", ru: "…"}';

/** A citation style: a built-in style's name, or a .csl file of the course. */
const citationStyle = z
  .string()
  .regex(/^([a-z0-9-]+|[^\0]+\.csl)$/, 'expected a style name such as "chicago-author-date", or a .csl file such as "styles/my-style.csl"');

export const courseSchema = z
  .strictObject({
    title: langText.meta(about('the course title, as text or one text per language', '{en: "The USSR in the 1930s", ru: "СССР в 1930-е годы"}')),
    subtitle: langText.optional().meta(about('a line under the title, as text or one text per language', TEXT_EXAMPLE)),
    author: langText.optional().meta(about("the course's author, as text or one text per language", '{en: "Lectern example course", ru: "Учебный курс Lectern"}')),
    lecturer: langText
      .optional()
      .meta(about("who gives the lectures, as text or one text per language: printed on the handouts' covers (a lecture's front matter may name another)", '"Dr A. Lecturer"')),
    languages: z
      .array(langCode, { error: 'expected a list of language codes such as [en, ru]' })
      .min(1, 'list at least one language')
      .meta(about('the languages of the course, the first being the default', '[en, ru]')),
    theme: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'expected a theme name such as "lectern"')
      .default('lectern')
      .meta(about('the name of a theme (templates/themes/NAME.css)', 'lectern')),
    translations: z
      .enum(['strict', 'fallback'])
      .default('strict')
      .meta(about('what a missing translation is: strict (an error) or fallback (a warning, and the first language is shown)', 'strict')),
    sourceTexts: z.array(z.string()).default([]).meta(about("a list of folders searched for sources' text files, relative to course.yaml", '[texts]')),
    citationStyle: z
      .union([citationStyle, z.record(langCode, citationStyle)], { error: 'expected a citation style, or a map of languages to styles such as {en: chicago-author-date, ru: gost-r-7-0-5-2008-numeric}' })
      .optional()
      .meta(
        about(
          'the citation style of the sources slides and citation marks: a built-in style (chicago-author-date, gost-r-7-0-5-2008-numeric, din-1505-2) or a .csl file of the course, one for all languages or one per language (the default: Chicago author-date in English, GOST R 7.0.5 in Russian, DIN 1505-2 in German)',
          'chicago-author-date',
        ),
      ),
    html: z.boolean().default(true).meta(about('whether raw HTML in outlines is kept (true) or escaped (false)', 'true')),
    siteUrl: z
      .url({ protocol: /^https?$/, error: 'expected the address the site is published at, such as https://example.org/course/' })
      .optional()
      .meta(about('the address the site is published at: it gives sitemap.xml, canonical links and link previews (Open Graph)', 'https://example.org/course/')),
    publish: z
      .strictObject({
        notes: z.boolean().default(true).meta(about('whether the public decks carry the speaker notes and the facts listed with them', 'false')),
        singleFile: z.boolean().default(false).meta(about('whether each deck is also written as one self-contained file, <lang>/<lecture>.html', 'true')),
      })
      .default({ notes: true, singleFile: false })
      .meta({ ...about('what the published site contains', '{notes: false, singleFile: true}'), ...entry('the publishing settings') }),
    /** Quarto's `format: revealjs:` options, the defaults of every deck (checked by revealjs-options.ts). */
    format: z
      .union([z.string(), z.record(z.string(), z.unknown())])
      .optional()
      .meta(about("Quarto's format options, the defaults of every deck", '{revealjs: {slide-number: true}}')),
    handout: z
      .strictObject({
        paper: z.enum(['A4', 'Letter']).default('A4').meta(about('the paper size, A4 or Letter', 'A4')),
        perPage: z
          .union([z.literal(1), z.literal(3), z.literal(6)])
          .default(3)
          .meta(about('how many slides a handout page holds: 1, 3 or 6', '3')),
        facts: z
          .enum(['compact', 'full', 'none'])
          .default('compact')
          .meta(about("the facts under the notes in the lecturer's handout: compact (a line each), full or none", 'compact')),
        backgrounds: z
          .enum(['light', 'keep'])
          .default('light')
          .meta(about('dark slides in handouts: printed light with dark text, or kept as the deck shows them', 'light')),
      })
      .default({ paper: 'A4', perPage: 3, facts: 'compact', backgrounds: 'light' })
      .meta({ ...about('the layout of the handouts', '{paper: A4, perPage: 3}'), ...entry('the handout settings') }),
    reader: z
      .boolean()
      .default(false)
      .meta(about('whether `lectern pdf` also prints the course reader of each language, <lang>/course-reader.pdf', 'true')),
  })
  .meta(entry('course.yaml'));
export type CourseConfig = z.output<typeof courseSchema>;

export const frontMatterSchema = z
  .looseObject({
    title: z.string({ error: 'expected the lecture title as text' }).meta(about('the title of the lecture, as text', '"The Moscow show trials"')),
    subtitle: z.string().optional().meta(about('a line under the title, as text', '"1936–1938"')),
    date: z.union([z.string(), z.number()]).transform(String).optional().meta(about('the date of the lecture', '"2025-10-01"')),
    author: z
      .union([z.string(), z.array(z.union([z.string(), z.looseObject({ name: z.string() })]))], {
        error: 'expected the author as text, or a list of names',
      })
      .transform((a) => (typeof a === 'string' ? a : a.map((x) => (typeof x === 'string' ? x : x.name)).join(', ')))
      .optional()
      .meta(about("the lecturer's name, as text, or a list of names", '"A. Lecturer"')),
    lecturer: z.string().optional().meta(about("who gives this lecture, for the handouts' covers (else the author above, else the course's lecturer)", '"Dr A. Lecturer"')),
    institute: z
      .union([z.string(), z.array(z.string())], { error: 'expected the institute as text, or a list of names' })
      .transform((a) => (typeof a === 'string' ? a : a.join(', ')))
      .optional()
      .meta(about("the lecturer's institute, shown under the name on the title slide", '"Example University"')),
    lang: langCode.optional().meta(about('the language of the lecture (the file name gives it otherwise)', 'en')),
    theme: z
      .union([z.string().regex(/^[a-z0-9-]+$|\.s?css$/i, 'expected a theme name such as "lectern"'), z.array(z.string())], {
        error: 'expected a theme name such as "lectern", or a list of Quarto themes',
      })
      .optional()
      .meta(about("the name of a theme (templates/themes/NAME.css), or a Quarto theme such as \"moon\" whose colours the deck takes", 'lectern')),
  })
  .meta(entry('the front matter'));
export type FrontMatter = z.output<typeof frontMatterSchema>;
