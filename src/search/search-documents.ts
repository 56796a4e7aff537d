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
  const byPlace = new Map<string, number>();
  for (const doc of allDocuments(input)) {
    const place = `${doc.title.toLocaleLowerCase()}\0${doc.href}`;
    const same = byPlace.get(place);
    if (same !== undefined) {
      // A slide's document is kept for the next build: the merged one is a copy.
      docs[same] = { ...docs[same]!, text: collapse(`${docs[same]!.text} ${doc.text}`) };
    } else {
      byPlace.set(place, docs.length);
      docs.push(doc);
    }
  }
  return docs;
}

/** The documents of each deck's slides, by whether notes are searched: a deck not compiled again has the same ones. */
const slideDocs = new WeakMap<Deck, Map<boolean, SearchDocument[]>>();

function slideDocuments(deck: Deck, notes: boolean): SearchDocument[] {
  let byNotes = slideDocs.get(deck);
  if (!byNotes) slideDocs.set(deck, (byNotes = new Map()));
  let docs = byNotes.get(notes);
  if (!docs) {
    docs = deck.slides.map((slide) => ({
      id: `${deck.lectureId}/${slide.id}`,
      kind: 'slide',
      title: collapse(plainText(slide.title)) || deck.title,
      text: collapse(plainText(`${slide.content} ${notes ? slide.notes : ''}`)),
      href: `${deck.lectureId}/index.html#/${encodeURIComponent(slide.id ?? '')}`,
      context: deck.title,
    }));
    byNotes.set(notes, docs);
  }
  return docs;
}

function allDocuments({ decks, facts, people, terms, notes }: SearchInput): SearchDocument[] {
  const docs: SearchDocument[] = decks.flatMap((deck) => slideDocuments(deck, notes));
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
