import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/render/template-registry.js';
import { sharedBrowser } from '../helpers/browser.js';

const browser = sharedBrowser();
let page: Page;

const CSS = `
  div:has(> span.mark) { color: rgb(255, 0, 0); }
  div.box { color: rgb(0, 128, 0); }
  .box.loud { color: rgb(0, 0, 255); }
  section:not(:has(> .foot, + .after)) { margin-left: 7px; }
  body:has(.menu) p { font-size: 30px; }
  div:has(.nowhere) { color: rgb(1, 2, 3); }
`;
const HTML = `
  <div id="a" class="box"><span class="mark">a</span></div>
  <div id="b" class="box loud"><span class="mark">b</span></div>
  <div id="c" class="box"><span>c</span></div>
  <section id="s1"><p>one</p></section>
  <section id="s2"><p>two</p><div class="foot"></div></section>
  <section id="s3"><p>three</p></section><div class="after"></div>
  <nav class="menu"></nav><div id="plain">no class</div>
`;

beforeEach(async () => {
  page = await browser().newPage();
  await page.setContent(`<!doctype html><style>${CSS}</style>${HTML}`);
  await page.addScriptTag({ path: join(BUILTIN_TEMPLATES, 'print/pin-has-rules.js') });
});

afterEach(async () => {
  await page.close();
});

/** Each element's colour, margin and font size, by id. */
const styles = () =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[id], p')].map((e, i) => {
        const s = getComputedStyle(e);
        return [e.id || `p${i}`, `${s.color} ${s.marginLeft} ${s.fontSize}`];
      }),
    ),
  );

const selectors = () => page.evaluate(() => [...document.styleSheets[0]!.cssRules].map((r) => (r as CSSStyleRule).selectorText));

describe('pinning :has() rules', () => {
  it('keeps every style as it was, with the rules’ specificity (a later, weaker rule still loses)', async () => {
    const before = await styles();
    expect(before.a).toContain('rgb(255, 0, 0)');
    expect(before.b).toContain('rgb(0, 0, 255)');
    expect(before.c).toContain('rgb(0, 128, 0)');
    const count = await page.evaluate(() => (window as unknown as { lecternPinHas(): { count: number } }).lecternPinHas().count);
    expect(count).toBe(4);
    expect((await selectors()).join(' ')).not.toContain(':has(');
    expect(await styles()).toEqual(before);
  });

  it('holds what each rule matched while nodes move, and follows the document again once released', async () => {
    const after = await page.evaluate(() => {
      const pins = (window as unknown as { lecternPinHas(): { release(): void } }).lecternPinHas();
      const mark = document.querySelector('#a > span')!;
      document.querySelector('#c')!.appendChild(mark);
      const pinned = [getComputedStyle(document.querySelector('#a')!).color, getComputedStyle(document.querySelector('#c')!).color];
      pins.release();
      return { pinned, live: [getComputedStyle(document.querySelector('#a')!).color, getComputedStyle(document.querySelector('#c')!).color] };
    });
    expect(after.pinned).toEqual(['rgb(255, 0, 0)', 'rgb(0, 128, 0)']);
    expect(after.live).toEqual(['rgb(0, 128, 0)', 'rgb(255, 0, 0)']);
  });

  it('puts the rules and the elements back exactly as they were', async () => {
    const rules = await selectors();
    const markup = await page.evaluate(() => document.documentElement.outerHTML);
    await page.evaluate(() => (window as unknown as { lecternPinHas(): { release(): void } }).lecternPinHas().release());
    expect(await selectors()).toEqual(rules);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(markup);
  });
});
