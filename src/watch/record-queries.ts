import type { FactStore } from '../facts/fact-store.js';

/** What `timeline` and `(facts …)` ask the fact store for. */
export type FactQuery = Parameters<FactStore['query']>[0];

/**
 * A view of a fact store that notes every query run through it. A lecture's
 * queries say which facts it would pick up that it does not use yet: a fact
 * added with a tag its timeline lists changes the lecture.
 */
export function recordQueries(store: FactStore, queries: FactQuery[]): FactStore {
  const view = Object.create(store) as FactStore;
  view.query = (query) => {
    queries.push({ ...query });
    return store.query(query);
  };
  return view;
}
