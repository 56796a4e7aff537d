/**
 * Pandoc's rule for `{key=value}` attributes in HTML output: a name HTML
 * knows is kept, any other becomes `data-NAME`, which is how reveal.js
 * (`data-fragment-index`, `data-auto-animate-delay`, `data-preview-link`)
 * and scripts read it.
 */

const HTML_ATTRIBUTES = new Set(
  (
    'accesskey autocapitalize autofocus class contenteditable dir draggable enterkeyhint hidden id inert inputmode is ' +
    'itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style tabindex title translate ' +
    'alt src srcset sizes width height loading decoding crossorigin referrerpolicy usemap ismap href target rel download ' +
    'hreflang type media ping cite datetime colspan rowspan headers scope start reversed value span controls autoplay loop ' +
    'muted playsinline poster preload allow allowfullscreen frameborder name sandbox srcdoc open label kind srclang default ' +
    'for form align valign abbr summary xmlns'
  ).split(' '),
);

/** The name an attribute gets in the HTML: itself when HTML knows it, else `data-` and the name. */
export function htmlAttributeName(name: string): string {
  const lower = name.toLowerCase();
  if (HTML_ATTRIBUTES.has(lower) || /^(?:data|aria)-|^on/.test(lower) || lower.includes(':')) return name;
  return `data-${name}`;
}

/** A length as CSS: a bare number is pixels (`350` → `350px`); anything else as written. */
export function cssLength(value: string): string {
  return /^-?\d+(?:\.\d+)?$/.test(value.trim()) ? `${value.trim()}px` : value.trim();
}

/** Whether a width or height can stand as an HTML attribute (a whole number of pixels), rather than CSS. */
export function isPixelCount(value: string): boolean {
  return /^\d+$/.test(value.trim());
}

const POSITION = new Set(['top', 'left', 'right', 'bottom', 'width', 'height']);
const SIZED = new Set(['img', 'video', 'iframe', 'canvas', 'embed', 'object']);

/**
 * Pandoc attributes (other than id and class) as the attributes of an HTML
 * element: in an `.absolute` element the position and size become CSS
 * (Quarto's absolute placement, bare numbers in pixels); a width or height
 * that is not a whole number of pixels becomes CSS; names HTML does not know
 * get `data-`. The `style` values are joined into one.
 */
export function toHtmlAttributes(tag: string, classes: readonly string[], values: ReadonlyArray<[string, string]>): Array<[string, string]> {
  const absolute = classes.includes('absolute');
  const styles: string[] = [];
  const out: Array<[string, string]> = [];
  for (const [key, value] of values) {
    if (key === 'style') styles.push(value.trim().replace(/;$/, ''));
    else if (absolute && POSITION.has(key)) styles.push(`${key}:${cssLength(value)}`);
    else if ((key === 'width' || key === 'height') && SIZED.has(tag) && !isPixelCount(value)) styles.push(`${key}:${cssLength(value)}`);
    else if ((key === 'width' || key === 'height') && !SIZED.has(tag)) styles.push(`${key}:${cssLength(value)}`);
    else out.push([htmlAttributeName(key), value]);
  }
  if (absolute) styles.unshift('position:absolute');
  if (styles.length) out.push(['style', styles.join(';')]);
  return out;
}
