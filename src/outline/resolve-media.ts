import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { isFile, isInside, resolvesInside } from '../course/course-files.js';

export type MediaResult = { ok: true; path: string } | { ok: false; message: string; hint: string } | { ok: 'remote' };

/** A URL path decoded (`%20` → space); text that is not valid percent-encoding stays as written. */
function decodePath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves an image reference from an outline to a file inside the course.
 * Remote URLs are left alone; absolute paths, `..` escapes and symlinks
 * leading outside the course are refused.
 */
export function resolveMedia(root: string, src: string, kind = 'image'): MediaResult {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return { ok: 'remote' };
  const clean = decodePath(src.split(/[?#]/)[0]!);
  if (isAbsolute(clean)) {
    return { ok: false, message: `${kind} path "${src}" is absolute`, hint: 'use a path relative to the course folder, such as images/map.png' };
  }
  const file = resolve(root, clean);
  if (!isInside(root, file)) {
    return { ok: false, message: `${kind} path "${src}" leads outside the course`, hint: `keep ${kind}s inside the course folder` };
  }
  if (!existsSync(file)) {
    return { ok: false, message: `${kind} "${src}" not found`, hint: `put the file at ${relative(process.cwd(), file) || file}, or fix the path` };
  }
  if (!resolvesInside(root, file)) {
    return { ok: false, message: `${kind} "${src}" is a link to a file outside the course`, hint: `copy the ${kind} into the course folder` };
  }
  if (!isFile(file)) {
    return { ok: false, message: `${kind} "${src}" is a folder, not a file`, hint: `name the ${kind} file itself` };
  }
  return { ok: true, path: relative(root, file).split('\\').join('/') };
}

/**
 * The first script an SVG image of the course carries (`<script>`, an `on…=`
 * handler, a `javascript:` link), if any. Browsers do not run them in an
 * <img>, but an SVG opened on its own is a page that would.
 */
export function svgScript(root: string, src: string): string | undefined {
  const found = resolveMedia(root, src);
  if (found.ok !== true || !/\.svgz?$/i.test(found.path)) return undefined;
  let text: string;
  try {
    text = readFileSync(resolve(root, found.path), 'utf8');
  } catch {
    return undefined;
  }
  const script = /<script\b|\son[a-z]+\s*=|javascript:/i.exec(text);
  if (!script) return undefined;
  return script[0].startsWith('<') ? '<script>' : script[0].trim().replace(/\s+/g, '');
}
