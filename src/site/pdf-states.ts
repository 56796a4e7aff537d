import { readFileSync } from 'node:fs';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { Deck } from '../outline/compile-lecture.js';
import type { Asset } from '../output/collect-assets.js';
import { isExportedFile } from '../output/exported-file.js';
import { deckDir } from './deck-links.js';
import { deckFingerprint, fileState, PDF_KINDS, pdfStates, READER_FILE, type ExportKind, type PdfState, type PdfStates } from './pdf-ledger.js';

/**
 * The state of each deck's PDFs and PowerPoint file, and of each language's
 * course reader, in the output, found as its pages are rendered; the
 * fingerprints the export records (by deck folder, and by language for the
 * reader).
 */
export class PdfLedgerReader {
  readonly fingerprints = new Map<string, string>();
  readonly states = new Map<string, PdfStates>();
  private readonly existing: Set<string>;
  private readonly themes: Map<string, string>;

  constructor(
    private readonly outDir: string,
    existing: string[],
    assets: Asset[],
    private readonly exporting?: readonly ExportKind[],
    /** Whether the course readers are about to be printed. */
    private readonly exportingReaders = false,
  ) {
    this.existing = new Set(existing);
    this.themes = new Map(assets.filter((a) => a.to.startsWith('themes/')).map((a) => [a.to, a.from]));
  }

  /** The PDFs of a deck whose slides, notes included, render as `slides` (what they are printed from, with its theme). */
  readonly statesOf = (deck: Deck, slides: string): PdfStates => {
    const theme = this.themes.get(`themes/${deck.theme}.css`);
    const fingerprint = deckFingerprint([slides, theme ? readFileSync(theme, 'utf8') : deck.theme, ...(deck.palette ? [deck.palette] : [])]);
    const states = pdfStates(this.outDir, deckDir(deck), fingerprint, this.existing, this.exporting);
    this.fingerprints.set(deckDir(deck), fingerprint);
    this.states.set(deckDir(deck), states);
    return states;
  };

  /** A language's course reader, once its decks are rendered: made from their handouts, it is current while they are. */
  readonly readerState = (lang: string): PdfState | undefined => {
    const decks = [...this.fingerprints].filter(([dir]) => dir.startsWith(`${lang}/`)).sort(([a], [b]) => (a < b ? -1 : 1));
    const fingerprint = deckFingerprint(decks.map(([dir, print]) => `${dir} ${print}`));
    this.fingerprints.set(lang, fingerprint);
    return fileState(this.outDir, lang, READER_FILE, fingerprint, this.existing, this.exportingReaders);
  };
}

/**
 * The files a build keeps from the previous output: what the exporters wrote;
 * with the notes kept private, not the lecturer's handout, which shows them.
 */
export function carriedOver(notes: boolean): (path: string) => boolean {
  return (path) => isExportedFile(path) && (notes || !path.endsWith('/handout.pdf'));
}

/** A PDF left from an earlier build of a deck that has changed since is reported, with the command that makes it again. */
export function warnStalePdfs(decks: Deck[], states: Map<string, PdfStates>, diagnostics: Diagnostics): void {
  for (const deck of decks) {
    const stale = PDF_KINDS.filter((kind) => states.get(deckDir(deck))?.[kind] === 'stale');
    if (!stale.length) continue;
    diagnostics.warning(deck.file, { line: 1, column: 1 }, 'stale-pdf', `${stale.map((k) => `${deckDir(deck)}/${k}.pdf`).join(', ')} no longer match${stale.length === 1 ? 'es' : ''} this lecture: the course home marks ${stale.length === 1 ? 'it' : 'them'} out of date`, {
      hint: `run "lectern pdf" to print ${stale.length === 1 ? 'it' : 'them'} again`,
    });
  }
}

