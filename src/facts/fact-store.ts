import type { Position } from '../diagnostics/diagnostic.js';
import type { YamlPath } from '../course/read-yaml.js';
import type { CslItem } from '@citation-js/core';
import { peopleOf, type Fact, type Source } from './fact-schema.js';

/** A fact with where it was written. */
export interface FactEntry {
  fact: Fact;
  file: string;
  /** Position of a field of this fact, e.g. locate(['sources', 0, 'quote']). */
  locate(path: YamlPath): Position;
}

export interface SourceEntry {
  source: Source;
  file: string;
  position: Position;
  /** Position of a field of this source in sources.yaml, e.g. locate(['short', 'en']). */
  locate?(path: YamlPath): Position;
  /** The source's text file, when one was found. */
  textFile?: string;
  /** Whether the source names a text Lectern may not read (reported when loading). */
  textRefused?: boolean;
  /** The source's own bibliographic record (CSL JSON), when it comes from sources.bib or sources.json. */
  record?: CslItem;
}

/** What timeline and (facts …) select by. */
export interface FactQuery {
  tag?: string;
  type?: string;
  from?: string;
  to?: string;
  /** The id of a person the facts name (people: or speaker:). */
  person?: string;
}

/** The course's facts and sources, looked up by id. */
export class FactStore {
  readonly facts = new Map<string, FactEntry>();
  readonly sources = new Map<string, SourceEntry>();
  /** Ids of facts and sources that are written but invalid: already reported, so their uses are not reported as unknown. */
  readonly invalidFacts = new Set<string>();
  readonly invalidSources = new Set<string>();
  /** Facts whose id an earlier fact took: reported as duplicates and left out of the store, their citations still checked. */
  readonly duplicates: FactEntry[] = [];

  get(id: string): FactEntry | undefined {
    return this.facts.get(id);
  }

  // Queries are answered from a sorted list, once per query: a store is complete once loaded,
  // and a store that grows (as the watcher's do) starts its caches again.
  private sorted?: Fact[];
  private readonly queries = new Map<string, Fact[]>();
  private cachedSize = -1;

  /** Facts carrying a tag (or all), naming a person, of a type, in a period; dated ones first in date order, then by id. */
  query(q: FactQuery): Fact[] {
    if (this.cachedSize !== this.facts.size) {
      this.sorted = undefined;
      this.queries.clear();
      this.cachedSize = this.facts.size;
    }
    const key = JSON.stringify([q.tag, q.type, q.from, q.to, q.person]);
    let found = this.queries.get(key);
    if (!found) this.queries.set(key, (found = this.select(q)));
    return found;
  }

  private select({ tag, type, from, to, person }: FactQuery): Fact[] {
    this.sorted ??= [...this.facts.values()].map((e) => e.fact).sort(compareFacts);
    const out: Fact[] = [];
    for (const fact of this.sorted) {
      if (tag && !fact.tags.includes(tag)) continue;
      if (type && fact.type !== type) continue;
      if (person && !peopleOf(fact).includes(person)) continue;
      const start = factStart(fact);
      if ((from || to) && !start) continue;
      if (from && start! < from) continue;
      if (to && start!.slice(0, to.length) > to) continue;
      out.push(fact);
    }
    return out;
  }
}

/** The ISO date a fact is placed at on a timeline, if it has one. */
export function factStart(fact: Fact): string | undefined {
  const date = 'date' in fact ? fact.date : fact.type === 'person' ? fact.born : fact.type === 'figure' ? fact.asOf : undefined;
  if (date === undefined) return undefined;
  return typeof date === 'string' ? date : date.from;
}

export function compareFacts(a: Fact, b: Fact): number {
  const da = factStart(a) ?? '\uffff';
  const db = factStart(b) ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
