import { FactStore } from '../facts/fact-store.js';

/** What changed between two loads of a course's facts and sources. */
export interface StoreChange {
  /** Ids of facts added, removed or changed. */
  facts: Set<string>;
  /** Ids of sources added, removed or changed, or whose text file changed. */
  sources: Set<string>;
  /** The changed facts as they were and as they are, for matching against queries. */
  before: FactStore;
  after: FactStore;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares two fact stores by value. `texts` are source text files that
 * changed on disk: the sources reading them count as changed.
 */
export function diffFactStores(before: FactStore, after: FactStore, texts: Iterable<string> = []): StoreChange {
  const change: StoreChange = { facts: new Set(), sources: new Set(), before: new FactStore(), after: new FactStore() };
  for (const id of new Set([...before.facts.keys(), ...after.facts.keys()])) {
    const was = before.facts.get(id);
    const now = after.facts.get(id);
    if (same(was?.fact, now?.fact)) continue;
    change.facts.add(id);
    if (was) change.before.facts.set(id, was);
    if (now) change.after.facts.set(id, now);
  }
  const changedTexts = new Set(texts);
  for (const id of new Set([...before.sources.keys(), ...after.sources.keys()])) {
    const was = before.sources.get(id);
    const now = after.sources.get(id);
    const textChanged = [was?.textFile, now?.textFile].some((f) => f !== undefined && changedTexts.has(f));
    if (textChanged || !same([was?.source, was?.textFile], [now?.source, now?.textFile])) change.sources.add(id);
  }
  return change;
}

/** Whether anything changed at all. */
export function isEmptyChange(change: StoreChange): boolean {
  return change.facts.size === 0 && change.sources.size === 0;
}
