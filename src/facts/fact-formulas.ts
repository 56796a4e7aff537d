import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { YamlPath } from '../course/read-yaml.js';
import { formulaErrors } from '../markdown/math-in-text.js';
import type { FactStore } from './fact-store.js';

/** The keys of a fact whose text the pages show with its `$…$` formulas typeset: at any depth (a citation's or dispute's note), in any language. */
export const TEXT_WITH_MATH = new Set(['title', 'name', 'summary', 'definition', 'role', 'note']);

/** Each string under one of those keys, with its path in the fact. */
function texts(value: unknown, path: YamlPath, inText: boolean): Array<{ text: string; path: YamlPath }> {
  if (typeof value === 'string') return inText ? [{ text: value, path }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, [...path, i], inText));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => texts(item, [...path, key], inText || TEXT_WITH_MATH.has(key)));
  }
  return [];
}

/** Reports, at its place in the facts file, each formula of a fact's text that KaTeX cannot read. */
export function checkFactFormulas(store: FactStore, diagnostics: Diagnostics): void {
  for (const { fact, file, locate } of store.facts.values()) {
    for (const { text, path } of texts(fact, [], false)) {
      for (const { tex, error } of formulaErrors(text)) {
        diagnostics.error(file, locate(path), 'math', `the formula "$${tex}$" of "${fact.id}" cannot be typeset: ${error}`, {
          hint: 'check the LaTeX: KaTeX supports most of it (katex.org/docs/supported); write \\$ for a dollar sign',
        });
      }
    }
  }
}
