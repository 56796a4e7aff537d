import type { CslItem } from '@citation-js/core';
import { parse, type CslName } from '@citation-js/name';
import type { LangText } from '../course/course-schema.js';
import type { Source } from '../facts/fact-schema.js';
import { authorIn, shortTitle } from './short-title.js';

function text(value: LangText | undefined, lang: string, fallback: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value[lang] ?? value[fallback] ?? Object.values(value)[0];
}

const SUFFIX = /^((?:Jr|Sr)\.?|I{2,3}|IV)$/;

/**
 * Authors as written in sources.yaml: names separated by semicolons or
 * "and", or by commas when each is written "Given Family"; a name may be
 * written "Family, Given" ("Хлевнюк, Олег Витальевич"), and a suffix ("Jr.")
 * stays with its name.
 */
export function parseAuthors(authors: string): CslName[] {
  const names: CslName[] = [];
  for (const piece of authors.split(/\s*;\s*|\s+and\s+|\s*&\s*/).filter(Boolean)) {
    const parts = piece.split(/\s*,\s*/).filter(Boolean);
    const listed = parts.length > 1 && parts.every((part, i) => /\s/.test(part) || (i > 0 && SUFFIX.test(part)));
    if (!listed) {
      names.push(parseName(piece));
      continue;
    }
    for (const part of parts) {
      const last = names.at(-1);
      if (last && SUFFIX.test(part)) last.suffix = part;
      else names.push(parseName(part));
    }
  }
  return names;
}

/** One name: "Given Family", "Family, Given" or "Given Family Jr."; a single word is kept as written (an institution). */
function parseName(name: string): CslName {
  const [, base = name, suffix] = /^(.*?),?\s+((?:Jr|Sr)\.?|I{2,3}|IV)$/.exec(name) ?? [];
  const parsed = /\s|,/.test(base) ? parse(base) : { literal: base };
  return suffix ? { ...parsed, suffix } : parsed;
}

/**
 * A source as CSL data, in the lecture's language: a BibTeX or CSL JSON
 * source keeps its own record; a sources.yaml entry is mapped field by field,
 * its `csl:` fields added as they are.
 */
export function sourceToCsl(source: Source, lang: string, fallback: string, record?: CslItem): CslItem {
  if (record) return { ...record, id: source.id };
  const year = source.year === undefined ? undefined : Number.parseInt(String(source.year), 10);
  const item: CslItem = {
    id: source.id,
    type: source.type ?? (source.url && !source.publisher ? 'webpage' : 'book'),
    title: text(source.title, lang, fallback),
    // The language the reference is written in: the lecture's when the title is given in it, else the source's.
    language: typeof source.title === 'object' && source.title[lang] !== undefined ? lang : source.language,
  };
  const fields: Record<string, unknown> = {
    // The bibliography names an author as the source is written, whatever the lecture's language.
    author: source.author ? parseAuthors(authorIn(source, source.language, fallback)!) : undefined,
    issued: Number.isFinite(year) ? { 'date-parts': [[year]] } : undefined,
    'title-short': source.author ? text(source.short, lang, fallback) : shortTitle(source, lang, fallback),
    'container-title': text(source.container, lang, fallback),
    publisher: source.publisher,
    'publisher-place': source.place,
    volume: source.volume,
    issue: source.issue,
    page: source.pages,
    DOI: source.doi,
    URL: source.url,
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) item[key] = value;
  return { ...item, ...(source.csl ?? {}), id: source.id };
}
