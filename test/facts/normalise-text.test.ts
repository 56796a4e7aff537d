import { describe, expect, it } from 'vitest';
import { closestPassage, findQuote, normaliseText } from '../../src/facts/normalise-text.js';

describe('normaliseText', () => {
  it('folds white space, line breaks, quotes and dashes, keeping offsets', () => {
    const n = normaliseText('«Да» —\n  “yes”  ‘no’');
    expect(n.text).toBe('"Да" - "yes" \'no\'');
    expect(n.offsets[n.text.indexOf('y')]).toBe('«Да» —\n  “yes”  ‘no’'.indexOf('y'));
  });
});

describe('findQuote', () => {
  const text = normaliseText('The first open trial took place in August 1936, when Zinoviev was tried.').text;
  it('finds a quote across normalisation', () => {
    expect(findQuote(text, normaliseText('open trial took\nplace').text)).toBeGreaterThan(0);
  });
  it('lets an ellipsis stand for omitted words, in order', () => {
    expect(findQuote(text, 'The first … when Zinoviev')).toBe(0);
    expect(findQuote(text, 'when Zinoviev … The first')).toBe(-1);
  });
  it('fails on a changed word', () => {
    expect(findQuote(text, 'open trial took part')).toBe(-1);
  });
});

describe('closestPassage', () => {
  it('finds the passage sharing most words', () => {
    const text = 'alpha beta gamma. The first open trial took place in August 1936. delta';
    const { start, end } = closestPassage(text, 'the first open trial happened in August 1936');
    expect(text.slice(start, end)).toContain('first open trial took place in August');
  });
});
