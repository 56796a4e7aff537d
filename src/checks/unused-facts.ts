import type { CheckContext } from './check-rules.js';

/** A fact no lecture uses: an info. */
export function unusedFacts({ course, decks, diagnostics }: CheckContext): void {
  const used = new Set(decks.flatMap((d) => d.usedFacts));
  for (const { fact, file, locate } of course.store.facts.values()) {
    if (!used.has(fact.id)) diagnostics.info(file, locate(['id']), 'unused-fact', `fact "${fact.id}" is not used by any lecture`);
  }
}
