import { words } from '../facts/words.js';
import type { Deck } from '../outline/compile-lecture.js';
import { EXPORT_KINDS, exportFile, READER_FILE, type ExportKind, type PdfState, type PdfStates } from './pdf-ledger.js';
import { languageName, siteWords } from './site-words.js';

export interface PdfLink {
  kind: ExportKind | 'reader';
  /** A PowerPoint file, not a PDF. */
  pptx?: boolean;
  label: string;
  /** What a stale file is said to be, in the file's language. */
  outOfDate: string;
  /** Path from the site's root. */
  href: string;
  current: boolean;
}

function pdfLabel(kind: ExportKind, lang: string): string {
  return kind === 'slides' ? words(lang).slides : kind === 'handout' ? words(lang).handout : kind === 'pptx' ? siteWords(lang).pptx : siteWords(lang).studentHandout;
}

/** A deck's folder in the output, from the site's root. */
export function deckDir(deck: Pick<Deck, 'lang' | 'lectureId'>): string {
  return `${deck.lang}/${deck.lectureId}`;
}

/** The PDFs and the PowerPoint file a deck has in the output, each said to be current or not. */
export function pdfLinks(deck: Deck, states: PdfStates): PdfLink[] {
  return EXPORT_KINDS.flatMap((kind) =>
    states[kind] ? [{ kind, pptx: kind === 'pptx', label: pdfLabel(kind, deck.lang), outOfDate: siteWords(deck.lang).outOfDate, href: `${deckDir(deck)}/${exportFile(kind)}`, current: states[kind] === 'current' }] : [],
  );
}

/** A language's course reader, if the output has it, from the site's root. */
export function readerLinks(lang: string, state: PdfState | undefined): PdfLink[] {
  return state ? [{ kind: 'reader', label: siteWords(lang).reader, outOfDate: siteWords(lang).outOfDate, href: `${lang}/${READER_FILE}`, current: state === 'current' }] : [];
}

/** The same lecture in the other languages built, from the site's root. */
export function otherLanguages(deck: Deck, decks: Deck[]): Array<{ lang: string; name: string; href: string }> {
  return decks
    .filter((d) => d.lectureId === deck.lectureId && d.lang !== deck.lang)
    .map((d) => ({ lang: d.lang, name: languageName(d.lang), href: `${deckDir(d)}/index.html` }));
}

/** Paths from the site's root made relative to a page `prefix` (`../../` for a deck). */
export function under<T extends { href: string }>(prefix: string, links: T[]): T[] {
  return links.map((link) => ({ ...link, href: prefix + link.href }));
}

/** Where a deck's page goes in the output. */
export function deckPath(deck: Deck): string {
  return `${deckDir(deck)}/index.html`;
}
