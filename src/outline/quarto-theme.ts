import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { YamlPath, YamlSource } from '../course/read-yaml.js';

/**
 * Quarto's built-in reveal.js themes, each drawn as a palette of the same
 * colours over Lectern's theme (templates/assets/quarto-themes.css), and
 * whether its background is dark.
 */
export const QUARTO_THEMES: Readonly<Record<string, 'light' | 'dark'>> = {
  beige: 'light',
  blood: 'dark',
  dark: 'dark',
  default: 'light',
  dracula: 'dark',
  league: 'dark',
  moon: 'dark',
  night: 'dark',
  serif: 'light',
  simple: 'light',
  sky: 'light',
  solarized: 'light',
};

const NAMES = Object.keys(QUARTO_THEMES).join(', ');

export function isQuartoTheme(name: unknown): name is string {
  return typeof name === 'string' && Object.hasOwn(QUARTO_THEMES, name);
}

/** A theme entry that names a Sass or CSS file (`custom.scss`), which Quarto compiles into its theme. */
function isThemeFile(name: string): boolean {
  return /\.s?css$/i.test(name) || name.includes('/');
}

/**
 * Whether a top-level `theme:` is Quarto's rather than Lectern's: a list,
 * one of Quarto's theme names, or a theme file. Otherwise it names a
 * Lectern theme (templates/themes/NAME.css).
 */
export function isQuartoThemeValue(value: unknown): boolean {
  return Array.isArray(value) || isQuartoTheme(value) || (typeof value === 'string' && isThemeFile(value));
}

/** The Quarto theme a `theme:` value applies: the last of Quarto's names it holds. */
export function quartoPalette(value: unknown): string | undefined {
  return (Array.isArray(value) ? value : [value]).filter(isQuartoTheme).at(-1);
}

/**
 * Warns about each entry of a Quarto `theme:` (a name or a list) that Lectern
 * does not apply: Sass or CSS files, which it does not compile, and names
 * that are not Quarto's themes.
 */
export function checkQuartoTheme(source: YamlSource, value: unknown, path: YamlPath, diagnostics: Diagnostics): void {
  const entries = Array.isArray(value) ? value.map((v, i) => ({ entry: v as unknown, at: [...path, i] })) : [{ entry: value, at: path }];
  for (const { entry, at } of entries) {
    if (isQuartoTheme(entry)) continue;
    const where = source.locate(at);
    if (typeof entry === 'string' && isThemeFile(entry)) {
      diagnostics.warning(source.file, where, 'theme-file', `theme file "${entry}" is not applied: Lectern does not compile Quarto's Sass themes`, {
        hint: 'write its rules as CSS in a stylesheet of the course and name it under "css:"; its /*-- scss:defaults --*/ colours can be set as --r-… variables there',
      });
    } else {
      diagnostics.warning(source.file, where, 'unknown-theme', `"${String(entry)}" is not one of Quarto's themes: the deck keeps Lectern's look`, {
        hint: `Quarto's themes are ${NAMES}; a theme of Lectern's own is named by a top-level "theme:"`,
      });
    }
  }
}
