import { z } from 'zod';

/** Whether the dates and numbers of a language code can be formatted: Intl rejects tags such as "en-12". */
function isLocale(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

/** A language code such as `en`, `ru` or `pt-BR`. */
export const langCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as "en" or "ru"')
  .refine(isLocale, 'expected a language code such as "en" or "ru"');

/** Text in several languages, or one string meaning "the same in every language". */
export const langText = z.union([z.string(), z.record(langCode, z.string())], {
  error: 'expected text, or a map of languages to text such as {en: "…", ru: "…"}',
});
export type LangText = z.infer<typeof langText>;

export const courseSchema = z.strictObject({
  title: langText,
  subtitle: langText.optional(),
  author: z.string().optional(),
  languages: z.array(langCode, { error: 'expected a list of language codes such as [en, ru]' }).min(1, 'list at least one language'),
  theme: z.string().regex(/^[a-z0-9-]+$/, 'expected a theme name such as "lectern"').default('lectern'),
  translations: z.enum(['strict', 'fallback']).default('strict'),
  sourceTexts: z.array(z.string()).default([]),
  html: z.boolean().default(true),
  handout: z
    .strictObject({
      paper: z.enum(['A4', 'Letter']).default('A4'),
      perPage: z.union([z.literal(1), z.literal(3), z.literal(6)]).default(3),
      facts: z.enum(['compact', 'full', 'none']).default('compact'),
      backgrounds: z.enum(['light', 'keep']).default('light'),
    })
    .default({ paper: 'A4', perPage: 3, facts: 'compact', backgrounds: 'light' }),
  /** Also print the whole course as one reader (course-reader.pdf) with `lectern pdf`. */
  reader: z.boolean().default(false),
});
export type CourseConfig = z.output<typeof courseSchema>;

export const frontMatterSchema = z.looseObject({
  title: z.string({ error: 'expected the lecture title as text' }),
  subtitle: z.string().optional(),
  date: z.union([z.string(), z.number()]).transform(String).optional(),
  author: z.string().optional(),
  lang: langCode.optional(),
  theme: z.string().regex(/^[a-z0-9-]+$/).optional(),
});
export type FrontMatter = z.output<typeof frontMatterSchema>;
