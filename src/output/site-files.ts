import { join } from 'node:path';
import type { Deck } from '../outline/compile-lecture.js';
import type { Asset } from './collect-assets.js';
import { MARKER, markerText } from './output-marker.js';

/** A file of the output: text rendered by the build, or a file copied as it is. */
export type OutputEntry = { text: string } | { from: string };
/** Every file of the output by its path (with / separators). */
export type OutputFiles = Map<string, OutputEntry>;

/** The whole output of a build: the rendered pages, the shared assets under assets/, the images the decks show, and the marker listing them. */
export function siteFiles(pages: Iterable<[string, string]>, assets: Asset[], decks: Deck[], courseRoot: string): OutputFiles {
  const files: OutputFiles = new Map();
  for (const [path, text] of pages) files.set(path, { text });
  for (const asset of assets) files.set(`assets/${asset.to}`, { from: asset.from });
  for (const media of new Set(decks.flatMap((d) => d.media))) files.set(media, { from: join(courseRoot, media) });
  files.set(MARKER, { text: markerText(courseRoot, files.keys()) });
  return files;
}
