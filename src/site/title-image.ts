import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Deck } from '../outline/compile-lecture.js';
import type { BrowserSession } from '../pdf/browser-session.js';
import { deckDir } from './deck-links.js';

/** What a picture of a slide leaves out: the site menu and reveal.js's controls, progress bar and slide number. */
const BARE_SLIDE = '.deck-menu, .reveal .controls, .reveal .progress, .reveal .slide-number { display: none !important; }';

/**
 * A picture of each deck's title slide, `<lang>/<lecture>/title.png`, which
 * link previews show (Open Graph). Made from the built deck, at the slide's
 * own size, with transitions off.
 */
export async function titleImages(session: BrowserSession, outDir: string, decks: Deck[]): Promise<string[]> {
  const files: string[] = [];
  for (const deck of decks) {
    const file = join(outDir, deckDir(deck), 'title.png');
    await session.withPage(async (page) => {
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(`${pathToFileURL(join(outDir, deckDir(deck), 'index.html')).href}#/title`, { waitUntil: 'load' });
      await page.addStyleTag({ content: BARE_SLIDE });
      await page.evaluate(async () => {
        await (window as unknown as { lecternReady: Promise<unknown> }).lecternReady;
        await document.fonts.ready;
      });
      await page.screenshot({ path: file as `${string}.png`, type: 'png' });
    });
    files.push(file);
  }
  return files;
}
