import { readFileSync } from 'node:fs';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { Deck } from '../outline/compile-lecture.js';
import type { Asset } from '../output/collect-assets.js';
import { isExportedFile } from '../output/exported-file.js';
import { deckDir } from './deck-links.js';
import { deckFingerprint, PDF_KINDS, pdfStates, type PdfKind, type PdfStates } from './pdf-ledger.js';

/** The state of each deck's PDFs in the output, found as its pages are rendered; the fingerprints the PDF export records. */
export class PdfLedgerReader {
  readonly fingerprints = new Map<string, string>();
  readonly states = new Map<string, PdfStates>();
  private readonly existing: Set<string>;
  private readonly themes: Map<string, string>;

  constructor(
    private readonly outDir: string,
    existing: string[],
    assets: Asset[],
    private readonly exporting?: readonly PdfKind[],
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

