import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/outline/compile-lecture.js';
import { bookmarks } from '../../src/pdf/export-pdfs.js';

const slide = (index: number, kind: 'title' | 'section' | 'content', title = '') => ({ index, kind, title, line: index + 1, classes: [], attributes: [], content: '' });

const deck = {
  title: 'Deck',
  lang: 'en',
  sources: [{ id: 's' }],
  slides: [slide(0, 'title'), slide(1, 'section', 'One'), slide(2, 'content', 'Hidden'), slide(3, 'content', 'Shown'), slide(4, 'section', 'Two, hidden'), slide(5, 'content', 'After')],
} as unknown as Deck;

describe('bookmarks', () => {
  it('leave out the slides that are not printed, hidden ones, instead of pointing them at the first page', () => {
    // Pages print slides 0, 1, 3, 5 and the sources slide (6): slides 2 and 4 are hidden.
    const marks = bookmarks(deck, [0, 1, 3, 5, 6]);
    expect(marks).toEqual([
      { title: 'Deck', page: 0, children: [] },
      { title: 'One', page: 1, children: [{ title: 'Shown', page: 2, children: [] }] },
      { title: 'After', page: 3, children: [] },
      { title: 'Sources', page: 4 },
    ]);
  });
});
