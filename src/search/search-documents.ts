import { plainText } from '../html/plain-text.js';
import type { Deck } from '../outline/compile-lecture.js';
import type { FactView } from '../render/fact-view.js';

/** One thing the search finds: a slide, or a fact (people and glossary terms are facts too). */
export interface SearchDocument {
  id: string;
  kind: string;
  title: string;
  text: string;
  /** Where the result leads, from the language's folder: the slide, or the fact on the page listing it. */
  href: string;
  /** The lecture a slide is in, or where a fact is listed. */
  context: string;
}

type FactWithUses = FactView & { uses: Array<{ href: string; title: string }> };

export interface SearchInput {
  /** The decks of one language. */
  decks: Deck[];
  facts: FactWithUses[];
  people: FactWithUses[];
  terms: FactWithUses[];
  /** Whether the speaker notes are published (and so searched). */
  notes: boolean;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What the search of one language covers, in a fixed order. A fact shown on
 * a slide of its own name leads where that slide does: the two are one
 * result, the slide's, which also finds the fact's words.
 */
export function searchDocuments(input: SearchInput): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const byPlace = new Map<string, SearchDocument>();
  for (const doc of allDocuments(input)) {
    const place = `${doc.title.toLocaleLowerCase()}\0${doc.href}`;
    const same = byPlace.get(place);
    if (same) same.text = collapse(`${same.text} ${doc.text}`);
    else {
      byPlace.set(place, doc);
      docs.push(doc);
    }
  }
  return docs;
}

function allDocuments({ decks, facts, people, terms, notes }: SearchInput): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const deck of decks) {
    for (const slide of deck.slides) {
      const title = collapse(plainText(slide.title)) || deck.title;
      const text = collapse(plainText(`${slide.content} ${notes ? slide.notes : ''}`));
      docs.push({ id: `${deck.lectureId}/${slide.id}`, kind: 'slide', title, text, href: `${deck.lectureId}/index.html#/${encodeURIComponent(slide.id ?? '')}`, context: deck.title });
    }
  }
  const page = new Map<string, string>([
    ...people.map((f): [string, string] => [f.id, 'people.html']),
    ...terms.map((f): [string, string] => [f.id, 'glossary.html']),
  ]);
  for (const fact of facts) {
    const citations = fact.citations.map((c) => [c.source, c.quote, c.note].filter(Boolean).join(' '));
    const first = fact.uses[0];
    docs.push({
      id: `fact:${fact.id}`,
      kind: fact.type,
      title: fact.label,
      text: collapse([fact.value, fact.summary, ...citations].filter(Boolean).join(' ')),
      href: first?.href ?? `${page.get(fact.id) ?? 'facts.html'}#${fact.id}`,
      context: first ? first.title : '',
    });
  }
  return docs;
}
