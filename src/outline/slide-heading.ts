import { isScriptAttribute } from '../markdown/safe-attributes.js';

/** What a slide's `##` heading gives its <section>. */
export interface SlideHeading {
  id?: string;
  classes: string[];
  attributes: Array<[string, string]>;
}

/** Backgrounds that name a file: local ones are checked and copied like images. */
const MEDIA_BACKGROUND = /^data-background-(?:image|video|iframe)$/;

/**
 * The attributes after a slide's heading, already named by Pandoc's rules
 * (`background="#223"` → `data-background`): classes and id apart, local
 * background files resolved, attributes that could run script dropped when
 * raw HTML is off.
 */
export function slideHeading(attrs: ReadonlyArray<[string, string | number]>, html: boolean, media: (src: string) => string): SlideHeading {
  const result: SlideHeading = { classes: [], attributes: [] };
  for (const [key, raw] of attrs) {
    const value = String(raw);
    if (!html && isScriptAttribute(key, value)) continue;
    if (key === 'class') result.classes.push(...value.split(/\s+/).filter(Boolean));
    else if (key === 'id') result.id = value;
    else if (MEDIA_BACKGROUND.test(key)) result.attributes.push([key, media(value)]);
    else result.attributes.push([key, value]);
  }
  return result;
}
