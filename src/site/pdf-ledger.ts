import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The PDFs a deck can have, by file name without `.pdf`. */
export const PDF_KINDS = ['slides', 'handout', 'handout-student'] as const;
export type PdfKind = (typeof PDF_KINDS)[number];

/** What the exporters write for a deck and the site links: its PDFs and its PowerPoint file. */
export const EXPORT_KINDS = [...PDF_KINDS, 'pptx'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The file an export is written to, in its deck's folder. */
export function exportFile(kind: ExportKind): string {
  return kind === 'pptx' ? 'slides.pptx' : `${kind}.pdf`;
}

/** A language's course reader, in the language's folder of the output. */
export const READER_FILE = 'course-reader.pdf';

/** The PDFs an export makes for each deck, from its options. */
export function pdfKinds(options: { slides?: boolean; handout?: boolean; variant?: 'lecturer' | 'student' | 'both' }): PdfKind[] {
  return PDF_KINDS.filter((kind) =>
    kind === 'slides' ? options.slides !== false : options.handout !== false && options.variant !== (kind === 'handout' ? 'student' : 'lecturer'),
  );
}

/** Whether a PDF (or PowerPoint file) in the output was made from the input as it is now. */
export type PdfState = 'current' | 'stale';
export type PdfStates = Partial<Record<ExportKind, PdfState>>;

/**
 * Each deck folder's record of what its exports were made from: for each
 * file, the fingerprint of the deck it was made from (in a language's
 * folder, the same for its course reader).
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
 * The state of each export a deck folder of the output has (`existing`: its
 * paths relative to the output), against the deck's fingerprint now. Files
 * about to be made (`exporting`) count as current; a file with no record
 * (made by an older version) as stale.
 */
export function pdfStates(outDir: string, deckDir: string, fingerprint: string, existing: Set<string>, exporting: readonly ExportKind[] = []): PdfStates {
  const states: PdfStates = {};
  for (const kind of EXPORT_KINDS) {
    const state = fileState(outDir, deckDir, exportFile(kind), fingerprint, existing, exporting.includes(kind));
    if (state) states[kind] = state;
  }
  return states;
}

/** The state of one exported file of a folder of the output, if it has it or it is about to be made. */
export function fileState(outDir: string, dir: string, file: string, fingerprint: string, existing: Set<string>, exporting: boolean): PdfState | undefined {
  if (exporting) return 'current';
  if (!existing.has(`${dir}/${file}`)) return undefined;
  return readLedger(join(outDir, dir, LEDGER))[file] === fingerprint ? 'current' : 'stale';
}

/** Records, beside the files just exported (PDFs, PowerPoint, course readers), the fingerprint of the deck each was printed from. */
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
