import type { FactStore } from '../facts/fact-store.js';

/**
 * What the course pages were made from last time, kept between the rebuilds
 * of a live site: a page whose input is the same is not rendered again, and
 * what depends on the facts alone is made once per fact store. One cache
 * serves one course with one configuration and one set of templates: a new
 * one is made when those change.
 */
export interface PageCache {
  /** The file at `path` made by `render` from what `input` describes, or kept from last time when that is the same. */
  page(path: string, input: string, render: () => string): string;
  /** What `make` makes from the facts alone, under `key`, made again when the store is another. */
  ofStore<T>(store: FactStore, key: string, make: () => T): T;
  /** A number for each object (a fact store, a compiled deck: never changed once made), the same as long as the cache is kept. */
  idOf(object: object): number;
}

/** Every page rendered, nothing kept: a one-off build. */
export const NO_CACHE: PageCache = {
  page: (_path, _input, render) => render(),
  ofStore: (_store, _key, make) => make(),
  idOf: () => 0,
};

export function pageCache(): PageCache {
  const pages = new Map<string, { input: string; output: string }>();
  let stored: { store: FactStore; values: Map<string, unknown> } | undefined;
  const ids = new WeakMap<object, number>();
  let count = 0;
  return {
    page(path, input, render) {
      const last = pages.get(path);
      if (last?.input === input) return last.output;
      const output = render();
      pages.set(path, { input, output });
      return output;
    },
    idOf(object) {
      let id = ids.get(object);
      if (id === undefined) ids.set(object, (id = ++count));
      return id;
    },
    ofStore<T>(store: FactStore, key: string, make: () => T): T {
      if (stored?.store !== store) stored = { store, values: new Map() };
      if (!stored.values.has(key)) stored.values.set(key, make());
      return stored.values.get(key) as T;
    },
  };
}
