import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from '@cantoo/pdf-lib';

/** The text of a PDF, as poppler's pdftotext extracts it. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** pdfinfo's fields: Title, Author, Pages, Page size, … */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The font names embedded in a PDF (subset prefixes removed). */
export function pdfFonts(file: string): string[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return [...new Set(lines.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')))].sort();
}

export interface Outline {
  title: string;
  page: number;
  children: Outline[];
}

/** The bookmarks of a PDF, read back with pdf-lib. */
export async function pdfOutline(file: string): Promise<{ lang?: string; outline: Outline[] }> {
  const pdf = await PDFDocument.load(readFileSync(file));
  const pageIndex = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i]));
  const read = (ref: PDFRef | undefined): Outline[] => {
    const out: Outline[] = [];
    while (ref) {
      const dict = pdf.context.lookup(ref, PDFDict);
      const title = dict.lookup(PDFName.of('Title')) as PDFHexString | PDFString;
      const dest = dict.lookup(PDFName.of('Dest')) as unknown as { get(i: number): PDFRef };
      out.push({ title: title.decodeText(), page: pageIndex.get(dest.get(0).toString()) ?? -1, children: read(dict.get(PDFName.of('First')) as PDFRef | undefined) });
      ref = dict.get(PDFName.of('Next')) as PDFRef | undefined;
    }
    return out;
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const lang = pdf.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText();
  return { lang, outline: read(outlines?.get(PDFName.of('First')) as PDFRef | undefined) };
}
