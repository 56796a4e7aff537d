import type { Course } from '../course/load-course.js';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { Deck } from '../outline/compile-lecture.js';
import { disputes } from './disputes.js';
import { handTypedNumbers } from './hand-typed-numbers.js';
import { shortTitles } from './short-titles.js';
import { unusedFacts } from './unused-facts.js';

/** What a rule of `lectern check` looks at: the loaded course and its compiled decks. */
export interface CheckContext {
  course: Course;
  decks: Deck[];
  diagnostics: Diagnostics;
  /** `check --strict`: rules that give infos by default give warnings. */
  strict: boolean;
}

export type CheckRule = (context: CheckContext) => void;

/** The rules `lectern check` runs after the course has compiled, by rule id. */
export const CHECK_RULES: Record<string, CheckRule> = {
  'unused-fact': unusedFacts,
  dispute: disputes,
  'hand-typed-number': handTypedNumbers,
  'short-title': shortTitles,
};

export function runCheckRules(context: CheckContext): void {
  for (const rule of Object.values(CHECK_RULES)) rule(context);
}
