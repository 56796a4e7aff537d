import type { CheckContext } from './check-rules.js';

/** Each recorded disagreement of the sources: an info, so a lecturer can review them all. */
export function disputes({ course, diagnostics }: CheckContext): void {
  for (const { fact, file, locate } of course.store.facts.values()) {
    for (const dispute of fact.disputed) {
      diagnostics.info(file, locate(['disputed']), 'dispute', `"${fact.id}" is disputed by "${dispute.source}"`);
    }
  }
}
