// Compiling the bundled program, a megabyte and a half of JavaScript, is a large part of a small
// build. V8 can save what it compiled and reuse it in the next process: Node 22 keeps such a
// cache itself (module.enableCompileCache); on Node 20 the bundle is compiled here, with
// vm.Script's cachedData kept in the user's cache folder. A missing, stale, corrupt or
// unwritable cache only means compiling from source, as without one.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { userCacheDir } from '../user-cache-dir.js';

/** The compile cache's folder in the user's cache, or undefined when NODE_DISABLE_COMPILE_CACHE turns it off. */
export function compileCacheDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.NODE_DISABLE_COMPILE_CACHE ? undefined : join(userCacheDir(platform, env), 'compile-cache');
}

type EnableCompileCache = (dir: string) => unknown;

/**
 * Loads a CommonJS bundle and returns its exports, compiled with the cache in
 * cacheDir (none when undefined). A cache that was missing or did not fit is
 * written when the process exits, with all that the command compiled: one
 * saved once the bundle has started holds a quarter of that, and the next
 * build compiles the rest again.
 */
export function loadBundle(file: string, cacheDir: string | undefined, enableCompileCache = (Module as { enableCompileCache?: EnableCompileCache }).enableCompileCache): unknown {
  if (cacheDir && enableCompileCache) {
    enableCompileCache(cacheDir);
    return createRequire(file)(file);
  }
  const compiled = compileBundle(file, cacheDir);
  if (!compiled.cacheUsed) process.once('exit', () => saveCache(compiled));
  return runBundle(compiled);
}

export interface CompiledBundle {
  file: string;
  script: Script;
  /** Where its cache is kept: named after the bundle's place and checksum and the Node that compiled it. */
  cacheFile?: string;
  /** Whether V8 took the cache instead of compiling from source. */
  cacheUsed: boolean;
}

/** Compiles a bundle, as Node wraps a CommonJS module. The bundle is ASCII, as scripts/bundle-cli.mjs writes it: Latin-1 takes no decoding. */
export function compileBundle(file: string, cacheDir: string | undefined): CompiledBundle {
  const bytes = readFileSync(file);
  const cacheFile = cacheDir && join(cacheDir, `${installation(file)}${crc32(bytes).toString(16)}-${bytes.length}-${process.version}-${process.arch}`);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString('latin1')}\n})`, { filename: file, cachedData });
  return { file, script, cacheFile, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** What the cache files of one installed bundle begin with: two installations (a global and a project's) keep a cache each. */
function installation(file: string): string {
  return `${basename(file)}-${crc32(file).toString(16)}-`;
}

/** Runs a compiled bundle: its exports. */
export function runBundle({ file, script }: CompiledBundle): unknown {
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** A cache file holds the CRC-32 of V8's data, then the data: a torn or damaged file is never handed to V8. */
function readCache(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const data = bytes.subarray(4);
    return bytes.length > 4 && bytes.readUInt32LE(0) === crc32(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes a folder and its missing parents, one at a time: Node's recursive
 * mkdir retries for ever where a parent can be neither found nor made (under
 * /proc, say); this throws.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let folder = dir; !existsSync(folder) && dirname(folder) !== folder; folder = dirname(folder)) missing.unshift(folder);
  for (const folder of missing) mkdirSync(folder);
}

/**
 * Saves what V8 has compiled of a bundle so far, in place of the caches of
 * the installation's earlier versions; caches no command has written for a
 * month go too. Written beside and renamed, so that a process reading it at
 * the same time sees the old file or the new one.
 */
export function saveCache({ file, script, cacheFile }: CompiledBundle): void {
  if (!cacheFile) return;
  try {
    const data = script.createCachedData();
    const header = Buffer.alloc(4);
    header.writeUInt32LE(crc32(data));
    const dir = dirname(cacheFile);
    makeFolders(dir);
    const monthAgo = Date.now() - 30 * 24 * 3600 * 1000;
    for (const old of readdirSync(dir)) {
      const path = join(dir, old);
      if (old !== basename(cacheFile) && (old.startsWith(installation(file)) || (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < monthAgo)) rmSync(path, { force: true });
    }
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([header, data]));
    renameSync(temporary, cacheFile);
  } catch {
    // No cache this time: the next command compiles from source again.
  }
}
