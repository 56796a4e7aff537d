import type { Page } from 'puppeteer-core';
import { findCutOffContent, type CutOffWhat } from './cut-off-content.js';

export interface SlideProblem {
  /** 0-based slide index. */
  slide: number;
  kind: 'overflow' | 'cut-off' | 'missing-glyphs' | 'remote-resource';
  detail: string;
  /** What is cut off (kind cut-off). */
  what?: CutOffWhat;
}

/**
 * Checks a deck in print view: slides whose content is taller than the
 * slide, content cut off at a slide's or a box's edge (see
 * cut-off-content.ts), and characters that no font shipped with the deck
 * covers (they would print in a fallback face, or as empty boxes). In slide
 * order.
 */
export async function findSlideProblems(page: Page, slideHeight: number): Promise<SlideProblem[]> {
  const [found, cutOff] = [await heightsAndGlyphs(page, slideHeight), await findCutOffContent(page)];
  return [...found, ...cutOff.map((c): SlideProblem => ({ ...c, kind: 'cut-off' }))].sort((a, b) => a.slide - b.slide);
}

function heightsAndGlyphs(page: Page, slideHeight: number): Promise<SlideProblem[]> {
  return page.evaluate((height: number) => {
    const problems: Array<{ slide: number; kind: 'overflow' | 'missing-glyphs'; detail: string }> = [];
    const ranges = new Map<string, Array<[number, number]>>();
    for (const face of document.fonts) {
      const family = face.family.replace(/^["']|["']$/g, '');
      const list = ranges.get(family) ?? [];
      for (const part of face.unicodeRange.split(',')) {
        const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
        if (!m) continue;
        const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
        const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'F'), 16);
        list.push([lo, hi]);
      }
      ranges.set(family, list);
    }
    // Each character is looked up in a family's ranges once: a deck repeats the same few hundred.
    const known = new Map<string, Map<number, boolean>>();
    const covered = (family: string, code: number) => {
      const codes = known.get(family) ?? known.set(family, new Map()).get(family)!;
      let yes = codes.get(code);
      if (yes === undefined) codes.set(code, (yes = (ranges.get(family) ?? []).some(([lo, hi]) => code >= lo && code <= hi)));
      return yes;
    };
    // With fragments on pages of their own, a slide prints on several pages: check each slide once.
    const seen = new Set<number>();
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page:not(.pdf-skipped) > section')].filter((section) => {
      const slide = Number(section.dataset.slideIndex);
      if (seen.has(slide)) return false;
      seen.add(slide);
      return true;
    });
    sections.forEach((section) => {
      const slide = Number(section.dataset.slideIndex);
      if (section.scrollHeight > height + 4) {
        problems.push({ slide, kind: 'overflow', detail: `its content is ${section.scrollHeight - height}px taller than the slide` });
      }
      const missing = new Set<string>();
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('aside.notes, .katex, script, style')) continue;
        const family = getComputedStyle(parent).fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
        if (!ranges.has(family)) continue;
        for (const ch of node.textContent ?? '') {
          const code = ch.codePointAt(0)!;
          if (code > 0x20 && !/\s/.test(ch) && !covered(family, code)) missing.add(ch);
        }
      }
      if (missing.size) {
        const list = [...missing].slice(0, 8).map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
        problems.push({ slide, kind: 'missing-glyphs', detail: `no font of the deck has ${list.join(', ')}` });
      }
    });
    return problems;
  }, slideHeight);
}

/** The slide on which each blocked URL is used; URLs no slide shows (a font, a script) are left out. */
export function slidesUsing(page: Page, urls: string[]): Promise<Array<{ url: string; slide: number }>> {
  return page.evaluate((list: string[]) => {
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page:not(.pdf-skipped) > section')];
    return list.flatMap((url) => {
      const section = sections.find((s) => s.outerHTML.includes(url) || (s.parentElement?.outerHTML.includes(url) ?? false));
      return section ? [{ url, slide: Number(section.dataset.slideIndex) }] : [];
    });
  }, urls);
}

/** Every problem of the slides open in print view: those findSlideProblems finds, and each file left out because it is outside the output. */
export async function checkSlides(page: Page, slideHeight: number, blocked: string[]): Promise<SlideProblem[]> {
  const problems = await findSlideProblems(page, slideHeight);
  for (const { url, slide } of await slidesUsing(page, [...new Set(blocked)])) {
    problems.push({ slide, kind: 'remote-resource', detail: `${url} was not loaded: PDFs use only files inside the output` });
  }
  return problems;
}
