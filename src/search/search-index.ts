import type { SearchDocument } from './search-documents.js';
import { writeIndex } from './write-index.js';

/** How documents are indexed; the search page passes the same options to MiniSearch.loadJS. */
export const SEARCH_OPTIONS = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: ['kind', 'title', 'href', 'context'],
} as const;

/**
 * The search index of one language as a script that sets
 * `window.lecternSearchIndex`: a script, not JSON, so that a page opened from
 * file:// can load it (browsers refuse fetch() there).
 */
export function searchIndexScript(docs: SearchDocument[]): string {
  const json = writeIndex(docs, SEARCH_OPTIONS);
  return `window.lecternSearchIndex = ${`{"options":${JSON.stringify(SEARCH_OPTIONS)},"index":${json}}`.replace(/</g, '\\u003c')};\n`;
}
