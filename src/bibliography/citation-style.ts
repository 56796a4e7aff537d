import { join } from 'node:path';
import { isFile, resolvesInside } from '../course/course-files.js';
import type { CourseConfig } from '../course/course-schema.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';
import { BUILTIN_STYLES, defaultStyle } from './csl-styles.js';

/** The style course.yaml gives a language, as written: a built-in style's name or a .csl file. */
function styleSetting(config: CourseConfig, lang: string): string | undefined {
  const setting = config.citationStyle;
  return typeof setting === 'string' ? setting : setting?.[lang];
}

/** The citation style of a language's lectures: a built-in style's name, or the absolute path of the course's .csl file. */
export function citationStyle(config: CourseConfig, root: string, lang: string): string {
  const style = styleSetting(config, lang);
  if (style && (BUILTIN_STYLES as readonly string[]).includes(style)) return style;
  // A style that cannot be used has been reported by checkCitationStyles: the language's default stands in.
  if (style?.endsWith('.csl') && usableFile(root, style)) return join(root, style);
  return defaultStyle(lang);
}

function usableFile(root: string, style: string): boolean {
  const csl = join(root, style);
  return resolvesInside(root, csl) && isFile(csl);
}

/**
 * Reports each citation style of course.yaml that cannot be used: an unknown
 * name, a .csl file that is missing or leads outside the course.
 */
export function checkCitationStyles(config: CourseConfig, root: string, file: string, locate: (path: Array<string>) => Position, diagnostics: Diagnostics): void {
  const setting = config.citationStyle;
  if (setting === undefined) return;
  const entries: Array<[string[], string]> = typeof setting === 'string' ? [[['citationStyle'], setting]] : Object.entries(setting).map(([lang, s]) => [['citationStyle', lang], s]);
  for (const [path, style] of entries) {
    if (style.endsWith('.csl')) {
      if (!usableFile(root, style)) {
        diagnostics.error(file, locate(path), 'citation-style', `the citation style "${style}" is not a file of the course`, {
          hint: 'put the .csl file in the course folder and name it relative to course.yaml',
        });
      }
    } else if (!(BUILTIN_STYLES as readonly string[]).includes(style)) {
      diagnostics.error(file, locate(path), 'citation-style', `unknown citation style "${style}"`, {
        hint: `the built-in styles are ${BUILTIN_STYLES.join(', ')}; any other style is a .csl file in the course`,
      });
    }
  }
}
