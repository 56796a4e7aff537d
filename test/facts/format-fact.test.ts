import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure } from '../../src/facts/format-fact.js';
import type { Fact } from '../../src/facts/fact-schema.js';

type Figure = Extract<Fact, { type: 'figure' }>;
const figure = (f: Partial<Figure>): Figure => ({ id: 'f', type: 'figure', title: 'F', tags: [], sources: [], disputed: [], approx: false, ...f }) as Figure;

describe('formatDate', () => {
  it.each([
    ['1936-08-19', 'en', '19\u00a0August 1936'],
    ['1936-08', 'en', 'August 1936'],
    ['1936', 'en', '1936'],
    ['1936-08-19', 'ru', '19\u00a0августа 1936\u00a0г.'],
    ['1936', 'ru', '1936\u00a0г.'],
    ['1936-08', 'ru', 'август 1936\u00a0г.'],
    ['1936-08-19', 'de', '19.\u00a0August 1936'],
    ['1936-08', 'de', 'August 1936'],
  ])('%s in %s is %s', (date, lang, expected) => {
    expect(formatDate(date, lang)).toBe(expected);
  });

  it('formats ranges at their precision, one dash rule per language', () => {
    // Closed ranges carry a word joiner after the dash: the line never breaks there.
    expect(formatDate({ from: '1936-08-19', to: '1936-08-24' }, 'en')).toBe('19–24\u00a0August 1936');
    expect(formatDate({ from: '1936-08-19', to: '1936-08-24' }, 'ru')).toBe('19–24\u00a0августа 1936\u00a0г.');
    expect(formatDate({ from: '1936', to: '1938' }, 'en')).toBe('1936–1938');
    expect(formatDate({ from: '1931', to: '1932' }, 'ru')).toBe('1931–1932\u00a0гг.');
    // Ends that hold a space: a spaced en dash in English, a spaced em dash in Russian, a no-break space before either.
    expect(formatDate({ from: '1862-08-25', to: '1934-10-09' }, 'en')).toBe('25\u00a0August 1862\u00a0– 9\u00a0October 1934');
    expect(formatDate({ from: '1862-08-25', to: '1934-10-09' }, 'ru')).toBe('25\u00a0августа 1862\u00a0г.\u00a0— 9\u00a0октября 1934\u00a0г.');
    expect(formatDate({ from: '1936-08', to: '1938' }, 'en')).toBe('August 1936\u00a0– 1938');
    expect(formatDate({ from: '1885', to: '1939-05' }, 'en')).toBe('1885\u00a0– May 1939');
    expect(formatDate({ from: '1885', to: '1939-05' }, 'ru')).toBe('1885\u00a0г.\u00a0— май 1939\u00a0г.');
  });

  it('keeps years before 100 AD as written', () => {
    expect(formatDate('0044', 'en')).toBe('44');
  });
});

describe('formatFigure', () => {
  it('groups digits by locale and says "about" for approximate figures', () => {
    expect(formatFigure(figure({ value: 30000, approx: true, unit: { en: 'people', ru: 'человек' } }), 'en')).toBe('about\u00a030,000\u00a0people');
    expect(formatFigure(figure({ value: 30000, approx: true, unit: { en: 'people', ru: 'человек' } }), 'ru')).toBe('около\u00a030\u00a0000\u00a0человек');
    expect(formatFigure(figure({ value: 30000, approx: true }), 'de')).toBe('etwa\u00a030.000');
  });

  it('formats ranges', () => {
    expect(formatFigure(figure({ range: [680000, 750000] }), 'en')).toBe('680,000–750,000');
    expect(formatFigure(figure({ range: [680000, 750000] }), 'ru')).toBe('680\u00a0000–750\u00a0000');
  });
});
