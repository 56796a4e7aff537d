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

/** Fields already split, by field and text: a rebuild of the site indexes mostly what the last one did. */
const known = new Map<string, FieldTerms>();
const CACHE_LIMIT = 100_000;

/** The terms of one field of a document, as `MiniSearch#add` finds them. */
export function fieldTerms(text: string, field: string): FieldTerms {
  const key = `${field}\0${text}`;
  let terms = known.get(key);
  if (!terms) {
    if (known.size >= CACHE_LIMIT) known.clear();
    known.set(key, (terms = splitField(text, field)));
  }
  return terms;
}

function splitField(text: string, field: string): FieldTerms {
  const tokens = tokenize(text, field);
  const counts = new Map<string, number>();
  for (const token of tokens) {
    const processed = processTerm(token, field);
    // As MiniSearch adds them: every term of a list, a single term unless empty.
    for (const term of Array.isArray(processed) ? processed : processed ? [processed] : []) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { length: new Set(tokens).size, terms: [...counts.keys()], counts: [...counts.values()] };
}
