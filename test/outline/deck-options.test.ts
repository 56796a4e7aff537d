import { describe, expect, it } from 'vitest';
import { deckOptions, formatOptions } from '../../src/outline/deck-options.js';
import { renderOutlineBody, summarise } from '../helpers/render-outline.js';

describe('deck options', () => {
  it('take course.yaml defaults, then the front matter, format: revealjs: last', () => {
    const course = formatOptions({ format: { revealjs: { 'slide-number': 'h.v', footer: 'Course', controls: false } } }, false);
    const outline = formatOptions({ footer: 'Top level', incremental: true, format: { revealjs: { footer: 'Lecture', 'slide-number': true } } }, true);
    const options = deckOptions(course, outline);
    expect(options.footer).toBe('Lecture');
    expect(options.incremental).toBe(true);
    expect(options.reveal).toEqual({ controls: false, slideNumber: 'c/t' });
  });

  it('read code-overflow: wrap', () => {
    expect(deckOptions({}, { 'code-overflow': 'wrap' }).codeWrap).toBe(true);
    expect(deckOptions({ 'code-overflow': 'wrap' }, { 'code-overflow': 'scroll' }).codeWrap).toBe(false);
  });

  it('read slide-number, preview-links and scroll-view as reveal.js settings', () => {
    const options = deckOptions({}, { 'slide-number': false, 'preview-links': 'auto', 'scroll-view': { activate: true, snap: 'mandatory' } });
    expect(options.reveal).toEqual({ slideNumber: false, previewLinks: true, view: 'scroll', scrollSnap: 'mandatory' });
  });

  it('render the footer apart from the lecture: its footnotes stay on their slide', async () => {
    const { deck } = await renderOutlineBody('## A\n\nText.[^1]\n\n[^1]: The note.\n', { frontMatter: 'footer: "A *footer*"\n' });
    const slide = deck!.slides[1]!;
    expect(slide.footer).toBe('A <em>footer</em>');
    expect(slide.content).toContain('The note.');
    expect(deck!.slides[0]!.footer).toBe('A <em>footer</em>');
  });

  it('make lists incremental across the deck with incremental: true, until a div says otherwise', async () => {
    const { html } = await renderOutlineBody('## A\n\n- one\n\n::: nonincremental\n- two\n:::\n', { frontMatter: 'incremental: true\n' });
    expect(html).toContain('<li class="fragment">one</li>');
    expect(html).toContain('<li>two</li>');
  });

  it('take stylesheets from the course only, and link them from the deck', async () => {
    const remote = await renderOutlineBody('## A\n', { frontMatter: 'css: https://example.org/x.css\n' });
    expect(summarise(remote.diagnostics)).toEqual(['3:1 error stylesheet "https://example.org/x.css" is not a file of the course']);
    const local = await renderOutlineBody('## A\n', { frontMatter: 'format:\n  revealjs:\n    css: images/dot.png\n' });
    expect(local.deck!.css).toEqual(['../../images/dot.png']);
  });

  it('give the title slide its attributes, local backgrounds checked and copied', async () => {
    const { deck } = await renderOutlineBody('## A\n', { frontMatter: 'title-slide-attributes:\n  data-background-image: images/dot.png\n  data-background-size: contain\n' });
    expect(deck!.slides[0]!.attributes).toEqual([
      ['data-background-image', '../../images/dot.png'],
      ['data-background-size', 'contain'],
    ]);
    expect(deck!.media).toEqual(['images/dot.png']);
  });
});
