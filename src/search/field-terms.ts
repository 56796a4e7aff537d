import MiniSearch from 'minisearch';

/** A field's text as MiniSearch indexes it with its default tokenizer and term processing. */
export interface FieldTerms {
  /** The distinct tokens of the text before processing, as MiniSearch counts a field's length. */
  length: number;
  /** Each processed term, in the order it first appears. */
  terms: string[];
  /** How often each term appears, in the order of `terms`. */
  counts: number[];
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string, field: string) => string[];
const processTerm = MiniSearch.getDefault('processTerm') as (term: string, field: string) => string | string[] | null | undefined | false;

/** The terms of one field of a document, as `MiniSearch#add` finds them. */
export function fieldTerms(text: string, field: string): FieldTerms {
  const tokens = tokenize(text, field);
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const token of tokens) {
    const processed = processTerm(token, field);
    // As MiniSearch adds them: every term of a list, a single term unless empty.
    if (Array.isArray(processed)) processed.forEach(add);
    else if (processed) add(processed);
  }
  return { length: new Set(tokens).size, terms: [...counts.keys()], counts: [...counts.values()] };
}
