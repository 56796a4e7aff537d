import type { FactStore } from '../facts/fact-store.js';
import type { Deck } from '../outline/compile-lecture.js';
import type { StoreChange } from './diff-fact-stores.js';
import type { FactQuery } from './record-queries.js';

/** What a compiled deck read from the fact store. */
export interface DeckDependencies {
  facts: Set<string>;
  sources: Set<string>;
  queries: FactQuery[];
}

/**
 * A deck depends on the facts it uses (with the speakers of its quotes), the
 * sources it cites or whose disputes it shows, and the queries of its
 * timelines and fact lists.
 */
export function deckDependencies(deck: Deck, store: FactStore, queries: FactQuery[]): DeckDependencies {
  const facts = new Set([...deck.usedFacts, ...deck.slides.flatMap((s) => s.facts)]);
  const sources = new Set(deck.sources);
  for (const id of facts) for (const d of store.get(id)?.fact.disputed ?? []) sources.add(d.source);
  return { facts, sources, queries };
}

/** Whether a change of the fact store can change the deck. */
export function dependsOn(deps: DeckDependencies, change: StoreChange): boolean {
  for (const id of change.facts) if (deps.facts.has(id)) return true;
  for (const id of change.sources) if (deps.sources.has(id)) return true;
  return deps.queries.some((q) => change.before.query(q).length > 0 || change.after.query(q).length > 0);
}
