import { startsTitle } from '../bibliography/short-title.js';
import { textIn } from '../facts/format-fact.js';
import type { CheckContext } from './check-rules.js';

/**
 * A source without an author is cited by its short title and filed under its
 * title: a short title that is not the start of the title cites an entry the
 * reader cannot find. A warning per language.
 */
export function shortTitles({ course, diagnostics }: CheckContext): void {
  for (const { source, file, position, locate, record } of course.store.sources.values()) {
    if (source.author || record || source.short === undefined) continue;
    for (const lang of course.config.languages) {
      const short = textIn(source.short, lang);
      const title = textIn(source.title, lang);
      if (!short || !title || startsTitle(short, title)) continue;
      diagnostics.warning(file, locate?.(typeof source.short === 'string' ? ['short'] : ['short', lang]) ?? position, 'short-title', `the short title "${short}" of source "${source.id}" is not the start of its title "${title}"`, {
        hint: 'a source without an author is cited by its short title and listed under its title: begin the title with the short title',
      });
    }
  }
}
