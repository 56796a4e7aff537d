import type { Page } from 'puppeteer-core';
import type { SlideModel } from './slide-model.js';

/**
 * Measures every slide of a deck opened in reveal.js's print view (each
 * slide laid out at full size, every fragment shown): its text as
 * paragraphs and runs with their styles, lists with their levels, tables,
 * images, and the boxes they take. Elements drawn from a screenshot get a
 * `data-pptx-shot` number. Runs in the page.
 */
export function extractSlides(page: Page): Promise<SlideModel[]> {
  return page.evaluate(() => {
    type Box = SlideModel['items'][number]['box'];
    type Run = Extract<SlideModel['items'][number], { kind: 'text' }>['paragraphs'][number]['runs'][number];
    type Paragraph = Extract<SlideModel['items'][number], { kind: 'text' }>['paragraphs'][number];
    type Item = SlideModel['items'][number];

    let shots = 0;
    /** Pictures drawn over the text: inline math, each over the space its run holds open. */
    let overlays: Item[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    const textWidth = (text: string, el: Element, family = getComputedStyle(el).fontFamily) => {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${family}`;
      return canvas.measureText(text).width;
    };
    /** A word's width in the deck's face or in a wide one that PowerPoint may put in its place, whichever is wider. */
    const wordWidth = (word: string, el: Element) => Math.max(textWidth(word, el), textWidth(word, el, 'Verdana, "DejaVu Sans", sans-serif'));
    const UNSUPPORTED: Record<string, string> = { IFRAME: 'an embedded page', VIDEO: 'a video', AUDIO: 'an audio player', CANVAS: 'a canvas drawing', OBJECT: 'an embedded object', EMBED: 'an embedded object', svg: 'a vector drawing' };
    const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'PRE', 'BLOCKQUOTE', 'FIGURE', 'DIV', 'SECTION', 'IMG', 'HR', 'FIGCAPTION', 'FOOTER', 'HEADER', 'DETAILS', 'ASIDE', 'NAV', 'ARTICLE', 'MAIN']);

    const hex = (css: string): string | undefined => {
      const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(css);
      if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) return undefined;
      return `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
    };
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0.05 && (rect.width > 0 || rect.height > 0);
    };
    const boxOf = (el: Element, origin: DOMRect): Box => {
      const r = el.getBoundingClientRect();
      return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
    };
    const align = (el: Element): Paragraph['align'] => {
      const a = getComputedStyle(el).textAlign;
      return a === 'center' ? 'center' : a === 'right' || a === 'end' ? 'right' : 'left';
    };
    const mark = (el: Element): number => {
      const shot = shots++;
      el.setAttribute('data-pptx-shot', String(shot));
      return shot;
    };
    /** Text with math written as its LaTeX, for alt text. */
    const plain = (el: Element): string => {
      const copy = el.cloneNode(true) as Element;
      for (const math of copy.querySelectorAll('.katex')) {
        const tex = math.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '';
        math.replaceWith(`$${tex}$`);
      }
      copy.querySelectorAll('.katex-display').forEach((d) => d.replaceWith(d.textContent ?? ''));
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };

    /** The inline content of an element as styled runs; nested lists are left to their own paragraphs. */
    const runsOf = (el: Element, pre = false): Run[] => {
      const runs: Run[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement!;
          let text = node.textContent ?? '';
          if (!pre) text = text.replace(/\s+/g, ' ');
          if (!text) return;
          const style = getComputedStyle(parent);
          const link = parent.closest('a')?.getAttribute('href') ?? undefined;
          // PowerPoint sets sub- and superscripts smaller itself: they keep the size of the text around them.
          const shifted = parent.closest('sub, sup');
          const size = parseFloat(getComputedStyle(shifted?.parentElement ?? parent).fontSize);
          const base: Run = {
            text: '',
            color: hex(style.color) ?? '#000000',
            size,
            ...(Number(style.fontWeight) >= 600 ? { bold: true } : {}),
            ...(style.fontStyle === 'italic' ? { italic: true } : {}),
            ...(style.textDecorationLine.includes('underline') && !link ? { underline: true } : {}),
            ...(/mono/i.test(style.fontFamily) ? { mono: true } : {}),
            ...(link && /^(https?:|mailto:)/.test(link) ? { link } : {}),
            ...(parent.closest('sup') ? { sup: true } : {}),
            ...(parent.closest('sub') ? { sub: true } : {}),
          };
          const lines = pre ? text.split('\n') : [text];
          lines.forEach((line, i) => {
            if (i > 0) runs.push({ ...base, text: '', lineBreak: true });
            if (line) runs.push({ ...base, text: line });
          });
          return;
        }
        if (!(node instanceof Element) || !visible(node)) return;
        if (node.matches('ul, ol, aside.notes, script, style')) return;
        // Inline math: a picture over a space its run holds open, so that the words around it stay text.
        if (node.matches('.katex')) {
          const parent = node.parentElement!;
          const width = node.getBoundingClientRect().width;
          overlays.push({ kind: 'picture', box: boxOf(node, origin!), shot: mark(node), alt: node.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? plain(node) });
          runs.push({ text: '\u00a0', color: '#000000', size: parseFloat(getComputedStyle(parent).fontSize), space: Math.max(0, width - textWidth('\u00a0', parent)) });
          return;
        }
        if (node.tagName === 'BR') {
          runs.push({ text: '', lineBreak: true, color: '#000000', size: 0 });
          return;
        }
        // Pieces laid out as blocks (a timeline's date and event) read apart, not run together.
        const display = getComputedStyle(node).display;
        const apart = !pre && runs.length > 0 && !display.startsWith('inline') && display !== 'contents';
        if (apart) runs.push({ ...runs[runs.length - 1]!, text: ' ', link: undefined });
        node.childNodes.forEach(walk);
      };
      el.childNodes.forEach(walk);
      // White space at the ends of a paragraph is not drawn.
      if (!pre) {
        const first = runs.find((r) => r.text);
        if (first) first.text = first.text.trimStart();
        const last = [...runs].reverse().find((r) => r.text);
        if (last) last.text = last.text.trimEnd();
      }
      return runs.filter((r) => r.text || r.lineBreak);
    };

    /** Whether an element has words besides its math. */
    const wordsBesideMath = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.katex').forEach((k) => k.remove());
      return Boolean(copy.textContent?.trim());
    };
    let origin: DOMRect | undefined;

    const listParagraphs = (list: Element, level: number): Paragraph[] =>
      [...list.children].filter((li) => li.tagName === 'LI' && visible(li)).flatMap((li) => [
        { runs: runsOf(li), level, bullet: list.tagName === 'OL' ? ('number' as const) : ('bullet' as const), align: align(li) },
        ...[...li.children].filter((c) => c.matches('ul, ol')).flatMap((nested) => listParagraphs(nested, level + 1)),
      ]);

    const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
    return slides.map((pageEl): SlideModel => {
      const section = pageEl.querySelector<HTMLElement>(':scope > section')!;
      // Measured from the printed page, so that the slide keeps the deck's margins.
      origin = pageEl.getBoundingClientRect();
      overlays = [];
      const items: Item[] = [];
      const unsupported: string[] = [];
      let titled = false;

      const visit = (el: Element) => {
        if (!visible(el) || el.matches('aside.notes, script, style, .slide-number, .slide-number-pdf')) return;
        const what = UNSUPPORTED[el.tagName] ?? (el.matches('.mermaid') ? 'a mermaid diagram' : undefined);
        if (what && !el.closest('.katex')) {
          unsupported.push(what);
          return;
        }
        const box = boxOf(el, origin!);
        if ((el.querySelector('.katex') && !el.matches('div, section, figure') && !wordsBesideMath(el)) || el.matches('.katex-display, .math.display')) {
          items.push({ kind: 'picture', box, shot: mark(el), alt: plain(el) });
          return;
        }
        if (el.querySelector(':scope iframe, :scope video, :scope audio, :scope canvas, :scope object, :scope embed')) {
          [...el.children].forEach(visit);
          return;
        }
        switch (el.tagName) {
          case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': {
            const role = !titled && (el.tagName === 'H1' || el.tagName === 'H2') ? 'title' : 'body';
            if (role === 'title') titled = true;
            items.push({ kind: 'text', box, role, paragraphs: [{ runs: runsOf(el), level: 0, align: align(el) }] });
            return;
          }
          case 'UL': case 'OL':
            items.push({ kind: 'text', box, role: 'body', paragraphs: listParagraphs(el, 0) });
            return;
          case 'PRE':
            items.push({ kind: 'text', box, role: 'code', paragraphs: [{ runs: runsOf(el, true), level: 0, align: 'left' }], fill: hex(getComputedStyle(el.querySelector('code') ?? el).backgroundColor) ?? hex(getComputedStyle(el).backgroundColor) });
            return;
          case 'TABLE': {
            const rows = [...(el as HTMLTableElement).rows].map((row) =>
              [...row.cells].map((cell) => ({ runs: runsOf(cell), header: cell.tagName === 'TH', fill: hex(getComputedStyle(cell).backgroundColor) })),
            );
            const first = [...((el as HTMLTableElement).rows[0]?.cells ?? [])];
            const columns = first.map((cell) => cell.getBoundingClientRect().width);
            const longestWords = first.map((_, i) =>
              Math.max(0, ...[...(el as HTMLTableElement).rows].filter((row) => row.cells.length === first.length).flatMap((row) => (row.cells[i]!.textContent ?? '').split(/[\s\u2013\u2014-]+/).map((word) => wordWidth(word, row.cells[i]!)))),
            );
            items.push({ kind: 'table', box, rows, columns, longestWords });
            return;
          }
          case 'IMG': {
            const img = el as HTMLImageElement;
            if (/\.(png|jpe?g|gif)(\?|#|$)/i.test(img.currentSrc || img.src)) items.push({ kind: 'image', box, file: img.currentSrc || img.src, alt: img.alt });
            else items.push({ kind: 'picture', box, shot: mark(el), alt: img.alt });
            return;
          }
          case 'BLOCKQUOTE': {
            const parts = [...el.children].filter((c) => visible(c));
            const paragraphs = (parts.length ? parts : [el]).map((part) => ({ runs: runsOf(part), level: 0, align: align(part) }));
            items.push({ kind: 'text', box, role: 'quote', paragraphs, fill: hex(getComputedStyle(el).backgroundColor) });
            return;
          }
          case 'HR':
            return;
        }
        // A paragraph with images inline: its text as a text box, each image where it stands.
        if (el.tagName === 'P' && el.querySelector('img')) {
          const runs = runsOf(el);
          if (runs.some((r) => r.text.trim())) items.push({ kind: 'text', box, role: 'body', paragraphs: [{ runs, level: 0, align: align(el) }] });
          el.querySelectorAll('img').forEach(visit);
          return;
        }
        // A bibliography: one text box, an entry a paragraph, so that an entry set on more lines pushes the next down.
        if (el.matches('.csl-bib-body')) {
          const paragraphs = [...el.children].filter(visible).map((entry) => ({ runs: runsOf(entry), level: 0, align: align(entry), spaceAfter: parseFloat(getComputedStyle(entry).marginBottom) || 0 }));
          items.push({ kind: 'text', box: { ...box, h: Math.max(box.h, origin!.bottom - origin!.top - box.y - 60) }, role: 'body', paragraphs, shrink: true });
          return;
        }
        const blocks = [...el.children].filter((c) => BLOCK.has(c.tagName) || c.tagName === 'svg' || UNSUPPORTED[c.tagName]);
        if (blocks.length || el === section) {
          [...el.children].forEach(visit);
          return;
        }
        const runs = runsOf(el);
        if (runs.some((r) => r.text.trim())) items.push({ kind: 'text', box, role: 'body', paragraphs: [{ runs, level: 0, align: align(el) }], fill: hex(getComputedStyle(el).backgroundColor) });
      };
      visit(section);
      items.push(...overlays);

      const background = pageEl.querySelector<HTMLElement>('.slide-background');
      const backgroundContent = background?.querySelector<HTMLElement>('.slide-background-content');
      const image = backgroundContent ? /url\("?([^")]+)"?\)/.exec(getComputedStyle(backgroundContent).backgroundImage)?.[1] : undefined;
      const numberEl = pageEl.querySelector<HTMLElement>('.slide-number-pdf');
      const notesEl = section.querySelector('aside.notes');
      // Each paragraph and list item of the notes on a line of its own, a nested list's items after their parent's.
      const ownText = (block: Element) => {
        const copy = block.cloneNode(true) as Element;
        copy.querySelectorAll('ul, ol').forEach((list) => list.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      };
      const notes = notesEl
        ? [...notesEl.querySelectorAll('p, li, h1, h2, h3, h4, pre')]
            .filter((b) => b.tagName === 'LI' || !b.closest('li'))
            .map((b) => {
              const depth = b.tagName === 'LI' ? [...notesEl.querySelectorAll('li')].filter((li) => li !== b && li.contains(b)).length : -1;
              return `${depth >= 0 ? `${'  '.repeat(depth)}• ` : ''}${ownText(b)}`;
            })
            .filter((line) => line.replace(/[•\s]/g, ''))
            .join('\n')
        : '';
      return {
        index: Number(section.dataset.slideIndex ?? slides.indexOf(pageEl)),
        background: hex(getComputedStyle(background ?? pageEl).backgroundColor) ?? hex(getComputedStyle(backgroundContent ?? pageEl).backgroundColor),
        ...(image ? { backgroundImage: image } : {}),
        ...(numberEl && visible(numberEl) ? { number: { text: (numberEl.textContent ?? '').trim(), color: hex(getComputedStyle(numberEl).color) ?? '#000000' } } : {}),
        notes,
        items,
        unsupported: [...new Set(unsupported)],
        text: [...section.children].filter((c) => !c.matches('aside.notes')).map(plain).filter(Boolean).join('\n'),
      };
    });
  });
}
