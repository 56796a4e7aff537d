import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { assignSlideIds, slugify } from '../../src/outline/slide-ids.js';
import type { Slide } from '../../src/outline/slide.js';

const slide = (title: string, id?: string): Slide => ({ kind: 'content', index: 0, id, line: 1, title, classes: [], attributes: [], content: '', notes: '', facts: [] });

describe('slide ids', () => {
  it('are made from headings in any script, and never read as a slide number', () => {
    expect(slugify('The first trial')).toBe('the-first-trial');
    expect(slugify('Первый процесс, 1936 г.')).toBe('первый-процесс-1936-г');
    expect(slugify('1936')).toBe('slide-1936');
    expect(slugify('  ')).toBe('slide');
  });

  it('are unique in a deck, and an untitled slide takes its id from the titled slide before it', () => {
    const slides = [slide('', 'title'), slide('<em>Trials</em> &amp; <code>x</code>'), slide(''), slide('Trials &amp; x'), slide('', 'sources-2')];
    assignSlideIds(slides, ['sources'], 'x.md', new Diagnostics());
    expect(slides.map((s) => s.id)).toEqual(['title', 'trials-x', 'trials-x-2', 'trials-x-3', 'sources-2']);
  });

  it('stay put when a slide is inserted before them', () => {
    const before = [slide('A'), slide('B'), slide('C')];
    const after = [slide('A'), slide('New'), slide('B'), slide('C')];
    assignSlideIds(before, [], 'x.md', new Diagnostics());
    assignSlideIds(after, [], 'x.md', new Diagnostics());
    expect(after.filter((s) => s.id !== 'new').map((s) => s.id)).toEqual(before.map((s) => s.id));
  });
});
