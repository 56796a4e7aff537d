import SearchableMap from 'minisearch/SearchableMap';
import { fieldTerms, type FieldTerms } from './field-terms.js';

/** The options the index is built with, as MiniSearch takes them. */
export interface IndexOptions {
  idField: string;
  fields: readonly string[];
  storeFields: readonly string[];
}

/** Where a term is found: per field, the documents and how often, as pairs of short id and count. */
type Postings = number[][];

/** A document as the index takes it: its id and stored fields as JSON, and the terms of each field (none where it has no value). */
interface IndexedDocument {
  id: unknown;
  idJson: string;
  storedJson: string;
  fields: Array<FieldTerms | undefined>;
}

/** Documents already read, by the options: a site rebuilt after an edit indexes mostly the documents of the last build. */
const indexed = new WeakMap<IndexOptions, WeakMap<object, IndexedDocument>>();

/**
 * The index MiniSearch 7 builds of `docs` with `addAll`, written as
 * `JSON.stringify(index.toJSON())` writes it, byte for byte, and read back by
 * `MiniSearch.loadJS`. Each document is read once (documents are not changed
 * once indexed), so that a site rebuilt after an edit reads only the ones
 * that are new; and the index is written term by term, without the whole of
 * it as objects first.
 */
export function writeIndex(docs: readonly object[], options: IndexOptions): string {
  let known = indexed.get(options);
  if (!known) indexed.set(options, (known = new WeakMap()));
  const ids = new Set<unknown>();
  const documentIds: string[] = [];
  const fieldLength: string[] = [];
  const storedFields: string[] = [];
  const averageFieldLength: number[] = [];
  // MiniSearch keeps its terms in a radix tree and writes them in the tree's order, which follows the order they were first added in.
  const order = new SearchableMap<Postings>();
  const postings = new Map<string, Postings>();
  for (let shortId = 0; shortId < docs.length; shortId++) {
    const doc = docs[shortId]!;
    let entry = known.get(doc);
    if (!entry) known.set(doc, (entry = readDocument(doc as Record<string, unknown>, options)));
    if (ids.has(entry.id)) throw new Error(`MiniSearch: duplicate ID ${String(entry.id)}`);
    ids.add(entry.id);
    documentIds.push(`"${shortId}":${entry.idJson}`);
    storedFields.push(`"${shortId}":${entry.storedJson}`);
    const lengths: number[] = [];
    for (let fieldId = 0; fieldId < entry.fields.length; fieldId++) {
      const field = entry.fields[fieldId];
      if (!field) continue;
      lengths[fieldId] = field.length;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * shortId + field.length) / (shortId + 1);
      const { terms, counts } = field;
      for (let k = 0; k < terms.length; k++) {
        const term = terms[k]!;
        let found = postings.get(term);
        if (!found) {
          postings.set(term, (found = []));
          order.set(term, found);
        }
        (found[fieldId] ??= []).push(shortId, counts[k]!);
      }
    }
    fieldLength.push(`"${shortId}":${JSON.stringify(lengths)}`);
  }
  const fieldIds = Object.fromEntries(options.fields.map((field, i) => [field, i]));
  const head =
    `{"documentCount":${docs.length},"nextId":${docs.length},"documentIds":{${documentIds.join(',')}},"fieldIds":${JSON.stringify(fieldIds)},` +
    `"fieldLength":{${fieldLength.join(',')}},"averageFieldLength":${JSON.stringify(averageFieldLength)},"storedFields":{${storedFields.join(',')}},"dirtCount":0`;
  const terms: string[] = [];
  for (const [term, fields] of order) terms.push(`[${JSON.stringify(term)},{${writeFields(fields)}}]`);
  return `${head},"index":[${terms.join(',')}],"serializationVersion":2}`;
}

function readDocument(doc: Record<string, unknown>, options: IndexOptions): IndexedDocument {
  const id = doc[options.idField];
  if (id == null) throw new Error(`MiniSearch: document does not have ID field "${options.idField}"`);
  const stored: Record<string, unknown> = {};
  for (const name of options.storeFields) if (doc[name] !== undefined) stored[name] = doc[name];
  const fields = options.fields.map((field) => (doc[field] == null ? undefined : fieldTerms(String(doc[field]), field)));
  return { id, idJson: JSON.stringify(id), storedJson: JSON.stringify(stored), fields };
}

/** A term's postings as MiniSearch writes them: `"field":{"doc":count,…}`, fields and documents in the order of their ids. */
function writeFields(fields: Postings): string {
  let out = '';
  fields.forEach((pairs, fieldId) => {
    let docs = '';
    for (let i = 0; i < pairs.length; i += 2) docs += `${i ? ',' : ''}"${pairs[i]}":${pairs[i + 1]}`;
    out += `${out ? ',' : ''}"${fieldId}":{${docs}}`;
  });
  return out;
}
