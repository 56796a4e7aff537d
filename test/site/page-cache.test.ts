import { describe, expect, it } from 'vitest';
import type { FactStore } from '../../src/facts/fact-store.js';
import { NO_CACHE, pageCache } from '../../src/site/page-cache.js';

describe('the cache of course pages', () => {
  it('renders a page again only when what it is made from changed', () => {
    const cache = pageCache();
    const rendered: string[] = [];
    const render = (input: string) => cache.page('en/facts.html', input, () => (rendered.push(input), `<p>${input}</p>`));
    expect(render('a')).toBe('<p>a</p>');
    expect(render('a')).toBe('<p>a</p>');
    expect(render('b')).toBe('<p>b</p>');
    expect(render('a')).toBe('<p>a</p>');
    expect(rendered).toEqual(['a', 'b', 'a']);
    // Each path is kept apart.
    expect(cache.page('ru/facts.html', 'a', () => 'ru')).toBe('ru');
  });

  it('makes what depends on the facts once per fact store', () => {
    const cache = pageCache();
    const [first, second] = [{}, {}] as FactStore[];
    let made = 0;
    const views = (store: FactStore) => cache.ofStore(store, 'views:en', () => ++made);
    expect([views(first!), views(first!), views(second!), views(second!), views(first!)]).toEqual([1, 1, 2, 2, 3]);
  });

  it('numbers each object, the same number while the cache is kept', () => {
    const cache = pageCache();
    const [a, b] = [{}, {}];
    expect(cache.idOf(a)).toBe(cache.idOf(a));
    expect(cache.idOf(a)).not.toBe(cache.idOf(b));
  });

  it('keeps nothing for a one-off build', () => {
    let renders = 0;
    NO_CACHE.page('index.html', 'a', () => String(++renders));
    NO_CACHE.page('index.html', 'a', () => String(++renders));
    expect(renders).toBe(2);
  });
});
