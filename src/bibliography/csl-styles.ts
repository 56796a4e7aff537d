import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citationCore } from './citation-core.js';

/** Where the shipped styles and locales are: templates/csl/ of the package. */
const CSL_FOLDER = fileURLToPath(new URL('../../templates/csl/', import.meta.url));

/** The citation styles Lectern ships (templates/csl/NAME.csl), from the CSL project's repository. */
export const BUILTIN_STYLES = ['chicago-author-date', 'gost-r-7-0-5-2008-numeric', 'din-1505-2'] as const;

/** The style a language's lectures use unless course.yaml says otherwise. */
const DEFAULT_STYLES: Record<string, string> = { en: 'chicago-author-date', ru: 'gost-r-7-0-5-2008-numeric', de: 'din-1505-2' };

/**
 * Styles that write a reference's descriptors in the language of the source
 * rather than of the lecture: GOST R 7.0.5 sets an English article in a
 * Russian list as "Vol. 98, no. 4. P. 1017–1049", a Russian one as "Т. 98,
 * № 4. С. …".
 */
const SOURCE_LANGUAGE_STYLES = new Set<string>(['gost-r-7-0-5-2008-numeric']);

/** Whether a style writes each reference in its source's language. */
export function writesSourceLanguage(style: string): boolean {
  return SOURCE_LANGUAGE_STYLES.has(style);
}

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

const CSL = () => citationCore('csl').plugins.config.get('@csl');
/** Styles read so far, by name: whether each cites by number, and its XML until citation-js is given it. */
const styles = new Map<string, { numeric: boolean; xml?: string }>();

function registerLocale(locale: string): void {
  const file = join(CSL_FOLDER, `locales-${locale}.xml`);
  if (locale !== 'en-US' && !CSL().locales.has(locale)) CSL().locales.add(locale, readFileSync(file, 'utf8'));
}

/**
 * Reads a style under a name: a built-in style's name, or a .csl file's path.
 * Returns the name to format with; citation-js is given the style only when
 * something is formatted with it (see `citeWith`).
 */
export function registerStyle(style: string): string {
  const file = (BUILTIN_STYLES as readonly string[]).includes(style) ? join(CSL_FOLDER, `${style}.csl`) : style;
  const name = file === style ? `file:${style}` : style;
  if (!styles.has(name)) {
    const xml = readFileSync(file, 'utf8');
    styles.set(name, { numeric: isNumeric(xml), xml });
  }
  return name;
}

/** citation-js's Cite, with a style read by `registerStyle` registered under its name. */
export function citeWith(name: string): ReturnType<typeof citationCore>['Cite'] {
  const style = styles.get(name);
  if (style?.xml !== undefined) {
    CSL().templates.add(name, style.xml);
    style.xml = undefined;
  }
  return citationCore('csl').Cite;
}

/** Whether a style cites by number: its <citation> prints the citation-number variable. */
export function isNumericStyle(name: string): boolean {
  return styles.get(name)?.numeric ?? false;
}

function isNumeric(xml: string): boolean {
  const citation = /<citation\b[\s\S]*?<\/citation>/.exec(xml)?.[0] ?? '';
  return /variable="citation-number"/.test(citation);
}
