import type { FactStore } from '../facts/fact-store.js';

/**
 * What the course pages were made from last time, kept between the rebuilds
 * of a live site: a page whose input is the same is not rendered again, and
 * what depends on the facts alone is made once per fact store. One cache
 * serves one course with one configuration and one set of templates: a new
 * one is made when those change.
 */
export interface PageCache {
  /** What `make` makes under `name` (a page's path) from what `input` describes, or what it made last time when that is the same. */
  memo<T>(name: string, input: string, make: () => T): T;
  /** What `make` makes from the facts alone, under `key`, made again when the store is another. */
  ofStore<T>(store: FactStore, key: string, make: () => T): T;
  /** A number for each object (a fact store, a compiled deck: never changed once made), the same as long as the cache is kept. */
  idOf(object: object): number;
}

/** Every page rendered, nothing kept: a one-off build. */
export const NO_CACHE: PageCache = {
  memo: (_name, _input, make) => make(),
  ofStore: (_store, _key, make) => make(),
  idOf: () => 0,
};

export function pageCache(): PageCache {
  const made = new Map<string, { input: string; value: unknown }>();
  let stored: { store: FactStore; values: Map<string, unknown> } | undefined;
  const ids = new WeakMap<object, number>();
  let count = 0;
  return {
    memo<T>(name: string, input: string, make: () => T): T {
      const last = made.get(name);
      if (last?.input === input) return last.value as T;
      const value = make();
      made.set(name, { input, value });
      return value;
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
