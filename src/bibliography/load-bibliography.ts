import { join } from 'node:path';
import type { CslItem } from '@citation-js/core';
import { citationCore } from './citation-core.js';
import { isFile } from '../course/course-files.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';
import type { Source } from '../facts/fact-schema.js';
import type { FactStore } from '../facts/fact-store.js';

/** The bibliography files a course may keep beside sources.yaml: BibTeX, and CSL JSON as Zotero exports it. */
export const BIBLIOGRAPHY_FILES = ['sources.bib', 'sources.json'] as const;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Language names as BibTeX's langid and CSL's language fields write them. */
const LANGUAGES: Record<string, string> = { english: 'en', american: 'en', british: 'en', russian: 'ru', german: 'de', ngerman: 'de', french: 'fr', spanish: 'es', italian: 'it' };

/**
 * Reads sources.bib and sources.json into the store, beside the sources of
 * sources.yaml: each record becomes a source cited by its key, formatted from
 * its own fields. Its language comes from `langid`/`language` (else the
 * course's first language), its kind from a keyword primary, secondary or
 * reference (else secondary).
 */
export async function loadBibliographyFiles(
  root: string,
  store: FactStore,
  diagnostics: Diagnostics,
  read: (file: string) => Promise<string>,
  defaultLang: string,
): Promise<void> {
  for (const name of BIBLIOGRAPHY_FILES) {
    const file = join(root, name);
    if (!isFile(file)) continue;
    const text = await read(file);
    const items = parseRecords(file, name, text, diagnostics);
    for (const item of items ?? []) addRecord(file, text, item, store, diagnostics, defaultLang);
  }
}

function parseRecords(file: string, name: string, text: string, diagnostics: Diagnostics): CslItem[] | undefined {
  try {
    const data = name.endsWith('.json') ? JSON.parse(text) : text;
    if (name.endsWith('.json') && !Array.isArray(data)) throw new Error('expected a list of CSL-JSON records');
    return citationCore('bibtex').plugins.input.chain(data, name.endsWith('.bib') ? { forceType: '@biblatex/text', generateGraph: false } : { generateGraph: false });
  } catch (error) {
    const message = String((error as Error).message ?? error).split('\n')[0]!;
    const at = /line (\d+) col(?:umn)? (\d+)/.exec(message) ?? /position (\d+)/.exec(message);
    const start = at?.length === 3 ? { line: Number(at[1]), column: Number(at[2]) } : at ? offsetPosition(text, Number(at[1])) : { line: 1, column: 1 };
    diagnostics.error(file, start, 'bibliography', `${name} cannot be read: ${message.replace(/ at line \d+ col(umn)? \d+:?$/, '')}`, {
      hint: name.endsWith('.bib') ? 'check the braces and commas of the entry (export it again from your reference manager)' : 'export the library again as CSL JSON',
    });
    return undefined;
  }
}

function addRecord(file: string, text: string, item: CslItem, store: FactStore, diagnostics: Diagnostics, defaultLang: string): void {
  const id = String(item['citation-key'] ?? item.id);
  const position = recordPosition(text, id);
  if (!ID.test(id)) {
    diagnostics.error(file, position, 'bibliography', `the key "${id}" cannot be cited: facts name sources by kebab-case ids`, {
      hint: `rename it to lower-case words and digits joined by hyphens, such as "${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source-1'}"`,
    });
    return;
  }
  const earlier = store.sources.get(id);
  if (earlier) {
    diagnostics.error(file, position, 'duplicate-id', `source "${id}" is defined twice`, {
      hint: 'give each source its own id',
      related: [{ file: earlier.file, start: earlier.position, message: 'first defined here' }],
    });
    return;
  }
  const year = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const keywords = String(item.keyword ?? '').toLowerCase();
  const language = String(item.language ?? '').toLowerCase();
  const source: Source = {
    id,
    title: String(item.title ?? id),
    year,
    language: LANGUAGES[language] ?? (/^[a-z]{2}(-[a-z]{2})?$/.test(language) ? language.slice(0, 2) : defaultLang),
    kind: /\bprimary\b/.test(keywords) ? 'primary' : /\breference\b/.test(keywords) ? 'reference' : 'secondary',
    url: typeof item.URL === 'string' && /^https?:/.test(item.URL) ? item.URL : undefined,
  };
  store.sources.set(id, { source, file, position, record: item });
}

/** Where a record's key stands: `@book{key,` in BibTeX, `"id": "key"` in CSL JSON. */
function recordPosition(text: string, id: string): Position {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`@\\w+\\s*\\{\\s*${escaped}\\s*,|"(?:id|citation-key)"\\s*:\\s*"${escaped}"`).exec(text);
  return offsetPosition(text, at?.index ?? 0);
}

function offsetPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
