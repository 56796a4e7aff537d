import type { PDFDocument, PDFRef } from '@cantoo/pdf-lib';
import { joinPdfs } from './join-pdfs.js';

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
  lang: string;
  keywords?: string[];
  /** Fixed creation and modification dates (from SOURCE_DATE_EPOCH) for reproducible files. */
  date?: Date;
}

/** A bookmark: its title, its 0-based page, and its children. */
export interface Bookmark {
  title: string;
  page: number;
  children?: Bookmark[];
}

/**
 * Sets the document information and language, and writes the bookmarks as
 * the PDF outline, as an incremental update: what Chromium printed is kept as
 * it is and the changes are appended, which spares parsing and writing every
 * page again.
 */
export async function finishPdf(bytes: Uint8Array, info: PdfInfo, bookmarks: Bookmark[] = []): Promise<Uint8Array> {
  const lib = await import('@cantoo/pdf-lib');
  const printed = setPrintedDates(bytes, info.date ?? new Date());
  const pdf = await lib.PDFDocument.load(printed, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest, forIncrementalUpdate: true });
  // While it tracks changes, pdf-lib looks for the object that holds each value set by searching the
  // whole document: for an outline, work growing with bookmarks times objects. The changes are made
  // untracked instead: objects made now are new, so written anyway, and the two objects of the printed
  // file that change, the catalog and the document information, are marked by hand.
  const { snapshot } = pdf.context;
  if (!snapshot) throw new Error('pdf-lib did not prepare an incremental update');
  pdf.context.snapshot = undefined;
  describe(lib, pdf, info, bookmarks, pdf.getPages().map((page) => page.ref));
  const { Root, Info } = pdf.context.trailerInfo;
  snapshot.markRefsForSave([Root, Info].filter((ref) => ref instanceof lib.PDFRef));
  // pdf-lib yields to the event loop every few objects by default: a command has nothing else to do meanwhile.
  const update = await pdf.saveIncremental(snapshot, { objectsPerTick: Infinity });
  return Buffer.concat([printed, update]);
}

/** A document printed in parts: the parts joined into one file, then described as finishPdf does. */
export async function finishPdfParts(parts: Uint8Array[], info: PdfInfo, bookmarks: Bookmark[] = []): Promise<Uint8Array> {
  if (parts.length === 1) return finishPdf(parts[0]!, info, bookmarks);
  const lib = await import('@cantoo/pdf-lib');
  const { pdf, pages } = await joinPdfs(lib, parts);
  describe(lib, pdf, info, bookmarks, pages);
  // No default page: the pages of a joined document may be copied as printed, which pdf-lib does not count as pages.
  return pdf.save({ objectsPerTick: Infinity, updateFieldAppearances: false, useObjectStreams: false, addDefaultPage: false });
}

function describe(lib: typeof import('@cantoo/pdf-lib'), pdf: PDFDocument, info: PdfInfo, bookmarks: Bookmark[], pages: PDFRef[]): void {
  const date = info.date ?? new Date();
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) pdf.setAuthor(info.author);
  if (info.subject) pdf.setSubject(info.subject);
  if (info.keywords?.length) pdf.setKeywords(info.keywords);
  pdf.setLanguage(info.lang);
  pdf.setCreator('Lectern');
  pdf.setProducer('Lectern (Chromium, pdf-lib)');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  if (bookmarks.length) addOutline(lib, pdf, bookmarks, pages);
}

/** Chromium's own dates, "(D:20261130002806+00'00')": rewritten in place, so that the bytes it printed depend on the input only. */
const PRINTED_DATE = /\/(CreationDate|ModDate) \(D:\d{14}[+-]\d\d'\d\d'\)/g;

function setPrintedDates(bytes: Uint8Array, date: Date): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const stamp = date.toISOString().replace(/\D/g, '').slice(0, 14);
  return Buffer.from(text.replace(PRINTED_DATE, (_, key: string) => `/${key} (D:${stamp}+00'00')`), 'latin1');
}

/** Writes an outline tree (PDF 1.7, 12.3.3) pointing at the first page of each bookmark. */
function addOutline({ PDFHexString, PDFName, PDFNumber }: typeof import('@cantoo/pdf-lib'), pdf: PDFDocument, bookmarks: Bookmark[], pages: PDFRef[]): void {
  const context = pdf.context;
  const rootRef = context.nextRef();

  const writeLevel = (items: Bookmark[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = 0;
    items.forEach((item, i) => {
      const page = pages[Math.min(Math.max(item.page, 0), pages.length - 1)]!;
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [page, PDFName.of('XYZ'), null, null, null],
      });
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (item.children?.length) {
        const level = writeLevel(item.children, refs[i]!);
        dict.set(PDFName.of('First'), level.first);
        dict.set(PDFName.of('Last'), level.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(-level.count));
      }
      context.assign(refs[i]!, dict);
      count += 1;
    });
    return { first: refs[0]!, last: refs.at(-1)!, count };
  };

  const top = writeLevel(bookmarks, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }));
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
