import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';

/** Images taller than this are scaled down by the theme (`max-height` of images on slides). */
const MAX_HEIGHT = 520;
/** The width a slide's content may take, in the slide's pixels. */
const CONTENT_WIDTH = 1216;
/** What an image of unknown size (remote, or a format image-size cannot read) is taken to need. */
const UNKNOWN = 260;

/**
 * The height, in the slide's pixels, that an image of the course takes on
 * a slide: its own size, scaled to the content's width and the theme's
 * maximum height. `src` is its address from the deck (`../../images/x.png`).
 */
export function imageHeights(root: string): (src: string) => number {
  const cache = new Map<string, number>();
  return (src) => {
    if (!src.startsWith('../../')) return UNKNOWN;
    let height = cache.get(src);
    if (height === undefined) {
      try {
        const size = imageSize(readFileSync(join(root, decodeURIComponent(src.slice('../../'.length)))));
        const width = size.width ?? CONTENT_WIDTH;
        height = Math.min(MAX_HEIGHT, (size.height ?? UNKNOWN) * Math.min(1, CONTENT_WIDTH / Math.max(1, width)));
      } catch {
        height = UNKNOWN;
      }
      cache.set(src, height);
    }
    return height;
  };
}
