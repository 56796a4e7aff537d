/**
 * esbuild escapes characters beyond ASCII everywhere but in regular expression literals; escaped
 * there too, the bundle is ASCII, which load-bundle.ts reads as Latin-1 without decoding. A
 * character escaped by a backslash (`\–`) keeps one escape (`\u2013`).
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, backslashes, char) => `${backslashes.slice(backslashes.length % 2)}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
