import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isInside } from '../course/course-files.js';

/** A file the server may send, or why not. */
export type Resolved = { file: string } | { redirect: string } | { notFound: true };

const NOT_FOUND = { notFound: true } as const;

/**
 * Maps a request path to a file under the output folder (`root`, a real path).
 * The path is decoded first; a NUL, a backslash or a `..` segment after
 * decoding is refused, and so is any file whose real path (symbolic links
 * followed) leaves the folder. A folder serves its index.html; a folder asked
 * for without its final slash is redirected to it, so relative links work.
 */
export async function resolveRequestPath(root: string, requestPath: string): Promise<Resolved> {
  const pathname = requestPath.split(/[?#]/, 1)[0]!;
  if (!pathname.startsWith('/')) return NOT_FOUND;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return NOT_FOUND;
  }
  const segments = decoded.split('/');
  if (decoded.includes('\0') || decoded.includes('\\') || segments.includes('..')) return NOT_FOUND;

  const found = await realFile(root, join(root, ...segments));
  if (!found) return NOT_FOUND;
  if (!found.isDirectory) return { file: found.file };
  // Relative, so that the redirect cannot lead to another host.
  if (!pathname.endsWith('/')) return { redirect: `./${pathname.slice(pathname.lastIndexOf('/') + 1)}/` };
  const index = await realFile(root, join(found.file, 'index.html'));
  return index && !index.isDirectory ? { file: index.file } : NOT_FOUND;
}

async function realFile(root: string, path: string): Promise<{ file: string; isDirectory: boolean } | undefined> {
  try {
    const file = await realpath(path);
    if (!isInside(root, file)) return undefined;
    return { file, isDirectory: (await stat(file)).isDirectory() };
  } catch {
    return undefined;
  }
}
