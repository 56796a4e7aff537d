import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/render/template-registry.js';
import { sharedBrowser } from '../helpers/browser.js';

const browser = sharedBrowser();
let page: Page;

beforeEach(async () => {
  page = await browser().newPage();
  await page.setContent('<!doctype html><body style="margin:0"><div id="root" class="handout"></div></body>');
  await page.addStyleTag({ path: join(BUILTIN_TEMPLATES, 'print/handout.css') });
  await page.addScriptTag({ path: join(BUILTIN_TEMPLATES, 'print/paginate.js') });
});

afterEach(async () => {
  await page.close();
});

/**
 * Puts blocks of the given heights (mm) into a 100 mm page, each appended to the column first (as the
 * handout does to measure a slide), then placed; returns each block's page and whether it was ever
 * taken out of the document.
 */
function placeMeasured(heights: number[]): Promise<Array<{ page: number; removed: boolean }>> {
  return page.evaluate((list: number[]) => {
    const P = (window as unknown as { lecternPaginate: { book(root: Element, o: object): { region(): Element; place(b: Element): void; pages: Element[] } } }).lecternPaginate;
    const book = P.book(document.getElementById('root')!, { width: '100mm', height: '100mm', margin: { top: 0, bottom: 0, side: 0 } });
    const removed = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((r) => r.removedNodes.forEach((n) => removed.add(n))));
    observer.observe(document.body, { childList: true, subtree: true });
    const blocks = list.map((h) => {
      const block = document.createElement('div');
      block.style.height = `${h}mm`;
      book.region().appendChild(block);
      book.place(block);
      return block;
    });
    const records = observer.takeRecords();
    records.forEach((r) => r.removedNodes.forEach((n) => removed.add(n)));
    return blocks.map((b) => ({ page: book.pages.indexOf(b.closest('.sheet')!), removed: removed.has(b) }));
  }, heights);
}

describe('placing a block already at the end of its column', () => {
  it('leaves it where it is when it fits', async () => {
    expect(await placeMeasured([40, 40])).toEqual([
      { page: 0, removed: false },
      { page: 0, removed: false },
    ]);
  });

  it('moves it to the next page when it does not fit', async () => {
    expect(await placeMeasured([40, 40, 40])).toEqual([
      { page: 0, removed: false },
      { page: 0, removed: false },
      { page: 1, removed: true },
    ]);
  });

  it('keeps a block taller than a page on the page it has to itself', async () => {
    expect(await placeMeasured([150, 20])).toEqual([
      { page: 0, removed: false },
      { page: 1, removed: true },
    ]);
  });
});

describe('pouring text', () => {
  /** Pours paragraphs of the given numbers of words into 60 mm pages; returns the words each page got. */
  function pour(paragraphs: number[]): Promise<number[]> {
    return page.evaluate((list: number[]) => {
      const P = (window as unknown as { lecternPaginate: { book(root: Element, o: object): { pour(make: () => object, nodes: Node[]): unknown[]; pages: Element[] } } }).lecternPaginate;
      const book = P.book(document.getElementById('root')!, { width: '100mm', height: '60mm', margin: { top: 0, bottom: 0, side: 0 } });
      const nodes = list.map((n) => {
        const p = document.createElement('p');
        p.style.cssText = 'margin: 0; font: 16px/20px monospace';
        p.textContent = Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
        return p;
      });
      book.pour(() => {
        const box = document.createElement('div');
        return { outer: box, inner: box };
      }, nodes);
      return book.pages.map((sheet) => (sheet.textContent!.match(/w\d+/g) ?? []).length);
    }, paragraphs);
  }

  it('puts paragraphs that fit all on the page', async () => {
    expect(await pour([10, 10, 10])).toEqual([30]);
  });

  it('splits the first paragraph that does not fit at a word, and runs the rest on', async () => {
    const pages = await pour([10, 10, 200, 10]);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(230);
    expect(pages[0]).toBeGreaterThan(20);
    expect(pages[0]).toBeLessThan(220);
  });
});
