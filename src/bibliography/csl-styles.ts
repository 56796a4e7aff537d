import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

/** Where the shipped styles and locales are: templates/csl/ of the package. */
const CSL_FOLDER = fileURLToPath(new URL('../../templates/csl/', import.meta.url));

/** The citation styles Lectern ships (templates/csl/NAME.csl), from the CSL project's repository. */
export const BUILTIN_STYLES = ['chicago-author-date', 'gost-r-7-0-5-2008-numeric', 'din-1505-2'] as const;

/** The style a language's lectures use unless course.yaml says otherwise. */
const DEFAULT_STYLES: Record<string, string> = { en: 'chicago-author-date', ru: 'gost-r-7-0-5-2008-numeric', de: 'din-1505-2' };

/** CSL locales shipped beside the styles (citation-js carries en-US itself). */
const LOCALES: Record<string, string> = { en: 'en-US', ru: 'ru-RU', de: 'de-DE' };

export function defaultStyle(lang: string): string {
  return DEFAULT_STYLES[lang.split('-')[0]!] ?? DEFAULT_STYLES.en!;
}

/** The CSL locale for a language: a region citation-js knows, else the language itself. */
export function cslLocale(lang: string): string {
  const locale = LOCALES[lang.split('-')[0]!];
  if (locale) registerLocale(locale);
  return locale ?? lang;
}

const CSL = () => plugins.config.get('@csl');
const numeric = new Map<string, boolean>();

function registerLocale(locale: string): void {
  const file = join(CSL_FOLDER, `locales-${locale}.xml`);
  if (locale !== 'en-US' && !CSL().locales.has(locale)) CSL().locales.add(locale, readFileSync(file, 'utf8'));
}

/**
 * Registers a style with citation-js under a name: a built-in style's name,
 * or a .csl file's path. Returns the name to format with.
 */
export function registerStyle(style: string): string {
  const file = (BUILTIN_STYLES as readonly string[]).includes(style) ? join(CSL_FOLDER, `${style}.csl`) : style;
  const name = file === style ? `file:${style}` : style;
  if (!numeric.has(name)) {
    const xml = readFileSync(file, 'utf8');
    CSL().templates.add(name, xml);
    numeric.set(name, isNumeric(xml));
  }
  return name;
}

/** Whether a style cites by number: its <citation> prints the citation-number variable. */
export function isNumericStyle(name: string): boolean {
  return numeric.get(name) ?? false;
}

function isNumeric(xml: string): boolean {
  const citation = /<citation\b[\s\S]*?<\/citation>/.exec(xml)?.[0] ?? '';
  return /variable="citation-number"/.test(citation);
}
