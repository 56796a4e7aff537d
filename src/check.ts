import { compileCourse, templateRoots, type BuildOptions } from './build.js';
import { runCheckRules } from './checks/check-rules.js';
import { ContentError, type Diagnostics } from './diagnostics/diagnostic.js';
import { verifyQuotes } from './facts/verify-quotes.js';
import { TemplateRegistry } from './render/template-registry.js';

export interface CheckOptions extends BuildOptions {
  /** Stricter review: the rules that give infos by default (numbers typed by hand on slides) give warnings. */
  strict?: boolean;
}

export interface CheckResult {
  diagnostics: Diagnostics;
  facts: number;
  lectures: number;
  quotes: { verified: number; unverified: number };
}

/**
 * Runs every validation of a course and writes nothing: schemas, references,
 * helpers, outlines, the templates' syntax, quotes against their texts, then
 * the rules of src/checks/ (unused facts, disputes, numbers typed by hand).
 */
export async function check(options: CheckOptions = {}): Promise<CheckResult> {
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
  runCheckRules({ course, decks, diagnostics, strict: options.strict ?? false });
  return { diagnostics, facts: course.store.facts.size, lectures: new Set(decks.map((d) => d.lectureId)).size, quotes };
}
