import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The PDFs a deck can have, by file name without `.pdf`. */
export const PDF_KINDS = ['slides', 'handout', 'handout-student'] as const;
export type PdfKind = (typeof PDF_KINDS)[number];

/** The PDFs an export makes for each deck, from its options. */
export function pdfKinds(options: { slides?: boolean; handout?: boolean; variant?: 'lecturer' | 'student' | 'both' }): PdfKind[] {
  return PDF_KINDS.filter((kind) =>
    kind === 'slides' ? options.slides !== false : options.handout !== false && options.variant !== (kind === 'handout' ? 'student' : 'lecturer'),
  );
}

/** Whether a PDF in the output was made from the input as it is now. */
export type PdfState = 'current' | 'stale';
export type PdfStates = Partial<Record<PdfKind, PdfState>>;

/**
 * Each deck folder's record of what its PDFs were made from: for each PDF,
 * the fingerprint of the deck it was printed from.
 */
export const LEDGER = 'pdfs.json';

/** A short hash of what a deck's PDFs are printed from: its slides with their notes, and its theme. */
export function deckFingerprint(parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 20);
}

function readLedger(file: string): Record<string, string> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The state of each PDF a deck folder of the output has (`existing`: its
 * paths relative to the output), against the deck's fingerprint now. PDFs
 * about to be printed (`exporting`) count as current; a PDF with no record
 * (made by an older version) as stale.
 */
export function pdfStates(outDir: string, deckDir: string, fingerprint: string, existing: Set<string>, exporting: readonly PdfKind[] = []): PdfStates {
  const ledger = readLedger(join(outDir, deckDir, LEDGER));
  const states: PdfStates = {};
  for (const kind of PDF_KINDS) {
    if (exporting.includes(kind)) states[kind] = 'current';
    else if (existing.has(`${deckDir}/${kind}.pdf`)) states[kind] = ledger[`${kind}.pdf`] === fingerprint ? 'current' : 'stale';
  }
  return states;
}

/** Records, beside the PDFs just written, the fingerprint of the deck each was printed from. */
export async function recordPdfs(files: string[], fingerprintOf: (deckDir: string) => string | undefined): Promise<void> {
  const byDir = new Map<string, string[]>();
  for (const file of files) byDir.set(dirname(file), [...(byDir.get(dirname(file)) ?? []), file]);
  for (const [dir, pdfs] of byDir) {
    const fingerprint = fingerprintOf(dir);
    if (!fingerprint) continue;
    const ledger = readLedger(join(dir, LEDGER));
    for (const pdf of pdfs) ledger[pdf.slice(dir.length + 1)] = fingerprint;
    const sorted = Object.fromEntries(Object.entries(ledger).sort(([a], [b]) => (a < b ? -1 : 1)));
    await writeFile(join(dir, LEDGER), `${JSON.stringify(sorted, null, 2)}\n`);
  }
}
