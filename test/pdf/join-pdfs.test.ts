import { deflateSync } from 'node:zlib';
import * as lib from '@cantoo/pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, decodePDFRawStream } from '@cantoo/pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishPdfParts } from '../../src/pdf/finish-pdf.js';
import { joinPdfs } from '../../src/pdf/join-pdfs.js';
import { copyObject, readPrintedPdf } from '../../src/pdf/printed-pdf.js';

/** A PDF written as Chromium writes one: objects in order, a classic cross-reference table, stream lengths in the dictionaries. */
function printed(objects: (string | Buffer)[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    size += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  chunks.push(Buffer.from(`${xref}\ntrailer\n<</Size ${objects.length + 1}\n/Root 1 0 R\n/Info 2 0 R>>\nstartxref\n${size}\n%%EOF`, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A stream object whose compressed bytes hold what looks like PDF syntax, which must be copied untouched. */
function stream(text: string): Buffer {
  const data = deflateSync(Buffer.from(text));
  return Buffer.concat([Buffer.from(`<</Filter /FlateDecode\n/Length ${data.length}>> stream\n`), data, Buffer.from('\nendstream')]);
}

/** A printed part of two pages, tagged: each page has a paragraph, the second a link whose address holds "5 0 R". */
function part(label: string): Uint8Array {
  return printed([
    '<</Type /Catalog\n/Pages 3 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/StructTreeRoot 9 0 R\n/Lang (en)>>',
    `<</Title (${label})\n/Producer (Skia/PDF)>>`,
    '<</Type /Pages\n/Count 2\n/Kids [4 0 R 5 0 R]>>',
    '<</Type /Page\n/MediaBox [0 0 960 540.5]\n/Contents 6 0 R\n/StructParents 0\n/Parent 3 0 R>>',
    '<</Type /Page\n/MediaBox [0 0 960 540.5]\n/Contents 7 0 R\n/Annots [8 0 R]\n/StructParents 1\n/Parent 3 0 R>>',
    stream(`BT /P <</MCID 0>> BDC (${label} one) Tj EMC ET endobj 3 0 R`),
    stream(`BT /P <</MCID 0>> BDC (${label} two) Tj EMC ET`),
    '<</Type /Annot\n/Subtype /Link\n/Rect [0 0 10 10]\n/StructParent 2\n/A <</S /URI\n/URI (https://example.org/\\(5 0 R\\) \\\\ 7 0 R)>>>>',
    '<</Type /StructTreeRoot\n/K 10 0 R\n/ParentTree 13 0 R\n/ParentTreeNextKey 3>>',
    '<</Type /StructElem\n/S /Document\n/Lang (en)\n/P 9 0 R\n/K [11 0 R 12 0 R]>>',
    '<</Type /StructElem\n/S /P\n/P 10 0 R\n/Pg 4 0 R\n/K 0>>',
    '<</Type /StructElem\n/S /P\n/P 10 0 R\n/Pg 5 0 R\n/K [0 <</Type /OBJR\n/Obj 8 0 R>>]>>',
    '<</Type /ParentTree\n/Nums [0 [11 0 R] 1 [12 0 R] 2 12 0 R]>>',
  ]);
}

const stringOf = (pdf: PDFDocument, ref: unknown) => pdf.context.lookup(ref as PDFRef);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('joining printed parts', () => {
  it('copies every object as printed, renumbered, with the structure keys of later parts moved up', async () => {
    // No part is read whole into pdf-lib's model.
    const readWhole = vi.spyOn(PDFDocument, 'load');
    const joined = await finishPdfParts([part('A'), part('B'), part('C')], { title: 'Joined', lang: 'en', date: new Date(0) }, [{ title: 'C', page: 4 }]);
    expect(readWhole).not.toHaveBeenCalled();
    const pdf = await PDFDocument.load(joined);
    const pages = pdf.getPages();
    expect(pages.map((page) => page.node.get(PDFName.of('StructParents')))).toEqual([0, 1, 3, 4, 6, 7].map((n) => PDFNumber.of(n)));
    // The content streams are the printed bytes, "endobj 3 0 R" in them untouched.
    const text = pages.map((page) => Buffer.from(decodePDFRawStream(page.node.Contents() as PDFRawStream).decode()).toString('latin1'));
    expect(text[0]).toBe('BT /P <</MCID 0>> BDC (A one) Tj EMC ET endobj 3 0 R');
    expect(text[5]).toBe('BT /P <</MCID 0>> BDC (C two) Tj EMC ET');
    // A string holding what looks like a reference keeps it.
    const link = stringOf(pdf, pages[3]!.node.Annots()!.get(0)) as PDFDict;
    expect((link.lookup(PDFName.of('A'), PDFDict).get(PDFName.of('URI')) as PDFString).decodeText()).toBe('https://example.org/(5 0 R) \\ 7 0 R');
    expect(link.get(PDFName.of('StructParent'))).toEqual(PDFNumber.of(5));
    // One Document holding the parts' elements, each pointing back at it; one parent tree with every key.
    const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const documentRef = root.get(PDFName.of('K')) as PDFRef;
    const document = pdf.context.lookup(documentRef, PDFDict);
    const kids = document.lookup(PDFName.of('K'), PDFArray).asArray() as PDFRef[];
    expect(kids).toHaveLength(6);
    expect(kids.every((kid) => pdf.context.lookup(kid, PDFDict).get(PDFName.of('P')) === documentRef)).toBe(true);
    expect(kids.map((kid) => pdf.context.lookup(kid, PDFDict).get(PDFName.of('Pg')))).toEqual(pages.map((page) => page.ref));
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray).asArray();
    expect(nums.filter((_, i) => i % 2 === 0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => PDFNumber.of(n)));
    expect(root.get(PDFName.of('ParentTreeNextKey'))).toEqual(PDFNumber.of(9));
    expect(pdf.getTitle()).toBe('Joined');
  });

  it('gives the same document as joining the parts read whole, which it falls back on for parts in another form', async () => {
    const parts = [part('A'), part('B')];
    const reread = await Promise.all(parts.map(async (bytes) => (await PDFDocument.load(bytes)).save({ useObjectStreams: true })));
    expect(reread.map((bytes) => readPrintedPdf(bytes))).toEqual([undefined, undefined]);
    const summary = async (joined: Awaited<ReturnType<typeof joinPdfs>>) => {
      const pdf = await PDFDocument.load(await joined.pdf.save({ addDefaultPage: false }));
      return pdf.getPages().map((page) => [page.node.get(PDFName.of('StructParents')), page.getSize()]);
    };
    expect(await summary(await joinPdfs(lib, parts))).toEqual(await summary(await joinPdfs(lib, reread)));
  });

  it('copies no object whose reference leads nowhere, nor a stream without its length', () => {
    const broken = readPrintedPdf(printed(['<</Type /Catalog\n/Pages 9 0 R>>', '<<>>']))!;
    expect(copyObject(broken, 1, (n) => (n === 9 ? undefined : n), 0)).toBeUndefined();
    const indirect = readPrintedPdf(printed(['<</Type /Catalog>>', '<<>>', Buffer.from('<</Length 4 0 R>> stream\nabc\nendstream'), '3']))!;
    expect(copyObject(indirect, 3, (n) => n, 0)).toBeUndefined();
  });
});
