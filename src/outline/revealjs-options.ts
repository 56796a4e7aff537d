import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { YamlPath, YamlSource } from '../course/read-yaml.js';
import { checkQuartoTheme, isQuartoThemeValue } from './quarto-theme.js';

/** Quarto's `format: revealjs:` options that are reveal.js settings, passed to Reveal.initialize() under its own name. */
export const REVEAL_SETTINGS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'controls controls-tutorial controls-layout controls-back-arrows progress show-slide-number hash respond-to-hash-changes history',
    'keyboard overview disable-layout center touch loop rtl navigation-mode shuffle fragments fragment-in-url embedded help pause',
    'show-notes auto-play-media preload-iframes auto-animate auto-animate-easing auto-animate-duration auto-animate-unmatched',
    'auto-slide auto-slide-stoppable default-timing mouse-wheel transition transition-speed background-transition view-distance',
    'mobile-view-distance hide-inactive-cursor hide-cursor-time width height margin min-scale max-scale jump-to-slide',
    'pdf-max-pages-per-slide pdf-separate-fragments scroll-activation-width',
  ]
    .join(' ')
    .split(' ')
    .map((name) => [name, name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())]),
);

/** The options Lectern implements itself (see deck-options.ts). */
export const DECK_OPTIONS = new Set([
  'theme',
  'footer',
  'logo',
  'css',
  'incremental',
  'smaller',
  'scrollable',
  'code-line-numbers',
  'code-overflow',
  'title-slide-attributes',
  'auto-stretch',
  'slide-number',
  'preview-links',
  'scroll-view',
  'chalkboard',
  'menu',
  'mermaid',
]);

/** Front-matter keys Lectern reads besides the deck options (which Quarto also takes at the top level). */
const FRONT_MATTER = new Set(['title', 'subtitle', 'date', 'author', 'institute', 'lecturer', 'lang', 'format']);
/** Keys for the editor alone: they change nothing in any output, so nothing is lost. */
const EDITOR_ONLY = new Set(['editor', 'editor_options']);

function isOption(key: string): boolean {
  return Object.hasOwn(REVEAL_SETTINGS, key) || DECK_OPTIONS.has(key);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Warns about each `format:` entry Lectern does not read: formats other
 * than revealjs, and revealjs options it has no feature for.
 */
export function checkFormat(source: YamlSource, format: unknown, path: YamlPath, diagnostics: Diagnostics): void {
  if (format === undefined || format === 'revealjs') return;
  if (!isMap(format)) {
    diagnostics.warning(source.file, source.locate(path), 'unknown-format', `format "${String(format)}" is not built: Lectern makes reveal.js decks`, {
      hint: 'write "format: revealjs", or leave the key out',
    });
    return;
  }
  for (const [name, options] of Object.entries(format)) {
    if (name !== 'revealjs') {
      diagnostics.warning(source.file, source.locateKey([...path, name]), 'unknown-format', `format "${name}" is not built: Lectern makes reveal.js decks`, {
        hint: 'Lectern reads only "format: revealjs:"; its PDFs come from "lectern pdf"',
      });
      continue;
    }
    if (!isMap(options)) continue;
    if (options.theme !== undefined) checkQuartoTheme(source, options.theme, [...path, name, 'theme'], diagnostics);
    for (const key of Object.keys(options)) {
      if (isOption(key)) continue;
      diagnostics.warning(source.file, source.locateKey([...path, name, key]), 'unknown-option', `revealjs option "${key}" is not supported by Lectern: it is ignored`, {
        hint: 'docs/authoring.md lists the options Lectern reads (Quarto compatibility)',
      });
    }
  }
}

/** Warns about each front-matter key Lectern does not read, and checks `format:`. */
export function checkFrontMatter(source: YamlSource, value: unknown, diagnostics: Diagnostics): void {
  if (!isMap(value)) return;
  // A top-level theme is Lectern's, unless it is Quarto's (a list, a Quarto name, a theme file).
  if (isQuartoThemeValue(value.theme)) checkQuartoTheme(source, value.theme, ['theme'], diagnostics);
  for (const key of Object.keys(value)) {
    if (FRONT_MATTER.has(key) || EDITOR_ONLY.has(key) || isOption(key)) continue;
    diagnostics.warning(source.file, source.locateKey([key]), 'unknown-key', `front-matter key "${key}" is not used by Lectern: it is ignored`, {
      hint: 'docs/authoring.md lists the front-matter keys and the revealjs options Lectern reads',
    });
  }
  checkFormat(source, value.format, ['format'], diagnostics);
}
