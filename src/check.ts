import { compileCourse, templateRoots, type BuildOptions } from './build.js';
import { ContentError, type Diagnostics } from './diagnostics/diagnostic.js';
import { verifyQuotes } from './facts/verify-quotes.js';
import { TemplateRegistry } from './render/template-registry.js';

export interface CheckResult {
  diagnostics: Diagnostics;
  facts: number;
  lectures: number;
  quotes: { verified: number; unverified: number };
}

/**
 * Runs every validation of a course and writes nothing: schemas, references,
 * helpers, outlines, the templates' syntax, quotes against their texts, unused facts.
 */
export async function check(options: BuildOptions = {}): Promise<CheckResult> {
  let compiled: Awaited<ReturnType<typeof compileCourse>>;
  try {
    compiled = await compileCourse(options);
  } catch (error) {
    // A course.yaml that cannot be used stops the checks early: its problems are the report.
    if (error instanceof ContentError) return { diagnostics: error.diagnostics, facts: 0, lectures: 0, quotes: { verified: 0, unverified: 0 } };
    throw error;
  }
  const { course, decks, diagnostics } = compiled;
  new TemplateRegistry(templateRoots(course), diagnostics).compileAll();
  const quotes = await verifyQuotes(course.store, diagnostics);
  const used = new Set(decks.flatMap((d) => d.usedFacts));
  for (const { fact, file, locate } of course.store.facts.values()) {
    if (!used.has(fact.id)) {
      diagnostics.info(file, locate(['id']), 'unused-fact', `fact "${fact.id}" is not used by any lecture`);
    }
    for (const dispute of fact.disputed) {
      diagnostics.info(file, locate(['disputed']), 'dispute', `"${fact.id}" is disputed by "${dispute.source}"`);
    }
  }
  return { diagnostics, facts: course.store.facts.size, lectures: new Set(decks.map((d) => d.lectureId)).size, quotes };
}
