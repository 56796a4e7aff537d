/**
 * With `html: false` an outline may not run script, so its `{…}` attributes
 * may not either: no event handlers (`onclick`), no attributes that replace a
 * link or source checked by markdown-it (`href`, `src`), no values that are
 * script URLs (`background-iframe="javascript:…"`).
 */

/** Attribute names `{…}` may set when raw HTML is off, for markdown-it-attrs' `allowedAttributes`. */
export const ALLOWED_WITHOUT_HTML = /^(?!on|(?:href|src|srcset|srcdoc|action|formaction|xlink:href)$)/i;

/** URLs that run script when a browser follows or loads them; data: URLs other than (non-SVG) images. */
const SCRIPT_URL = /^(?:javascript:|vbscript:|data:(?!image\/(?!svg)))/i;

/** Whether an attribute from an outline could run script. */
export function isScriptAttribute(name: string, value: string): boolean {
  // Browsers ignore control characters and spaces in a URL's scheme: "java\tscript:" runs.
  return !ALLOWED_WITHOUT_HTML.test(name) || SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, ''));
}
