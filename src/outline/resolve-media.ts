import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export type MediaResult = { ok: true; path: string } | { ok: false; message: string; hint: string } | { ok: 'remote' };

/**
 * Resolves an image reference from an outline to a file inside the course.
 * Remote URLs are left alone; absolute paths, `..` escapes and symlinks
 * leading outside the course are refused.
 */
export function resolveMedia(root: string, src: string): MediaResult {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return { ok: 'remote' };
  const clean = decodeURIComponent(src.split(/[?#]/)[0]!);
  if (isAbsolute(clean)) {
    return { ok: false, message: `image path "${src}" is absolute`, hint: 'use a path relative to the course folder, such as images/map.png' };
  }
  const file = resolve(root, clean);
  const inside = (path: string) => {
    const rel = relative(root, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (!inside(file)) {
    return { ok: false, message: `image path "${src}" leads outside the course`, hint: 'keep images inside the course folder' };
  }
  if (!existsSync(file)) {
    return { ok: false, message: `image "${src}" not found`, hint: `put the file at ${relative(process.cwd(), file) || file}, or fix the path` };
  }
  if (!inside(realpathSync(file)) && realpathSync(file) !== file) {
    const realRoot = realpathSync(root);
    const rel = relative(realRoot, realpathSync(file));
    if (rel.startsWith('..') || isAbsolute(rel)) {
      return { ok: false, message: `image "${src}" is a link to a file outside the course`, hint: 'copy the image into the course folder' };
    }
  }
  return { ok: true, path: relative(root, file).split('\\').join('/') };
}
