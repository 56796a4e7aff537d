import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { plainText } from '../html/plain-text.js';
import type { Slide } from './slide.js';

/**
 * An id from a heading, as Pandoc makes them: lower case, letters and digits
 * of any script kept, everything else a single dash. An id of digits alone
 * would read as a slide number in reveal.js's URLs, so it gets a prefix.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return /^\d*$/.test(slug) ? `slide${slug ? `-${slug}` : ''}` : slug;
}

/**
 * Gives every slide of a deck an id that is unique in it and stays put when
 * slides are added elsewhere: the `{#id}` of its heading, else its heading
 * made into an id, else the id of the titled slide before it. A repeated id
 * gets a number (`-2`, `-3`); a repeated `{#id}` is reported.
 */
export function assignSlideIds(slides: Slide[], reserved: string[], file: string, diagnostics: Diagnostics): void {
  const taken = new Set(reserved);
  for (const slide of slides) {
    if (!slide.id) continue;
    if (taken.has(slide.id)) {
      diagnostics.warning(file, { line: slide.line, column: 1 }, 'duplicate-slide-id', `the slide id "${slide.id}" is used by another slide of this lecture`, {
        hint: 'give each {#id} a name of its own: links to the slide use it',
      });
      slide.id = undefined;
    } else taken.add(slide.id);
  }
  let last = 'slide';
  for (const slide of slides) {
    if (slide.id) {
      last = slide.id;
      continue;
    }
    const text = plainText(slide.title);
    const base = text ? slugify(text) : last;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    slide.id = id;
    if (text) last = base;
  }
}
