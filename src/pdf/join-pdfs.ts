import type { PDFDict, PDFDocument, PDFNumber, PDFObject, PDFRef } from '@cantoo/pdf-lib';
import { joinPrintedParts, readPrintedPart, type PrintedPart } from './join-printed.js';

type Lib = typeof import('@cantoo/pdf-lib');

/** Parts read ahead, while the rest of the document was still printing. */
const readAhead = new WeakMap<Uint8Array, Promise<PrintedPart | undefined>>();

/**
 * Starts reading a part that will be joined, so that the time it takes is
 * spent while the browser prints the next ones rather than after the last.
 */
export function readPartAhead(bytes: Uint8Array): void {
  const reading = import('@cantoo/pdf-lib').then((lib) => readPrintedPart(lib, bytes));
  reading.catch(() => {});
  readAhead.set(bytes, reading);
}

/**
 * Joins PDFs that Chromium printed from parts of one document into a single
 * file, keeping what makes them accessible (see joinPrintedParts, and
 * joinWithPdfLib for parts in any other form). Returns the document and its
 * pages, in order.
 */
export async function joinPdfs(lib: Lib, parts: Uint8Array[]): Promise<{ pdf: PDFDocument; pages: PDFRef[] }> {
  const printed = await Promise.all(parts.map((bytes) => readAhead.get(bytes) ?? readPrintedPart(lib, bytes)));
  const joined = printed.every((part) => part !== undefined) ? await joinPrintedParts(lib, printed) : undefined;
  if (joined) return joined;
  const pdf = await joinWithPdfLib(lib, parts);
  return { pdf, pages: pdf.getPages().map((page) => page.ref) };
}

/**
 * Joins PDFs read whole into pdf-lib's model, keeping what makes them
 * accessible: every part's structure tree (its tags) goes under one Document
 * element, and the keys that link pages and annotations to their structure
 * are renumbered so that they stay unique.
 */
async function joinWithPdfLib(lib: Lib, parts: Uint8Array[]): Promise<PDFDocument> {
  const { PDFArray, PDFDocument, PDFName, PDFObjectCopier, PDFPage } = lib;
  const out = await PDFDocument.create({ updateMetadata: false });
  const context = out.context;
  const documentElement = context.obj({ Type: 'StructElem', S: 'Document' });
  const documentRef = context.register(documentElement);
  const children: PDFObject[] = [];
  const parentTree: PDFObject[] = [];
  let nextKey = 0;

  for (const bytes of parts) {
    const part = await lib.PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest });
    const copier = PDFObjectCopier.for(part.context, context);
    const pages = part.getPages();
    // References to a page (from tags, links, annotations) must land on its copy, never copy the page again.
    const copies = pages.map((page) => {
      const ref = context.nextRef();
      (copier as unknown as { traversedObjects: Map<PDFObject, PDFObject> }).traversedObjects.set(page.ref, ref);
      return ref;
    });
    const offset = nextKey;
    const shift = (dict: PDFDict, key: string) => {
      const value = dict.get(PDFName.of(key));
      if (value instanceof lib.PDFNumber) dict.set(PDFName.of(key), lib.PDFNumber.of(value.asNumber() + offset));
    };
    pages.forEach((page, i) => {
      const node = copier.copy(page.node) as PDFDict;
      shift(node, 'StructParents');
      for (const annotation of node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
        const dict = context.lookup(annotation);
        if (dict instanceof lib.PDFDict) shift(dict, 'StructParent');
      }
      context.assign(copies[i]!, node);
      out.addPage(PDFPage.of(node as never, copies[i]!, out));
    });

    const root = part.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), lib.PDFDict);
    if (!root) continue;
    const top = root.lookup(PDFName.of('K'));
    const partDocument = top instanceof PDFArray ? part.context.lookup(top.get(0)) : top;
    if (partDocument instanceof lib.PDFDict) {
      if (!documentElement.has(PDFName.of('Lang')) && partDocument.has(PDFName.of('Lang'))) documentElement.set(PDFName.of('Lang'), partDocument.get(PDFName.of('Lang'))!);
      const kids = partDocument.get(PDFName.of('K'));
      for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) {
        const copied = copier.copy(kid);
        const element = copied instanceof lib.PDFRef ? context.lookup(copied) : copied;
        if (element instanceof lib.PDFDict) element.set(PDFName.of('P'), documentRef);
        children.push(copied);
      }
    }
    let largest = -1;
    const nums = root.lookupMaybe(PDFName.of('ParentTree'), lib.PDFDict)?.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = (nums.lookup(i) as PDFNumber).asNumber();
      parentTree.push(lib.PDFNumber.of(key + offset), copier.copy(nums.get(i + 1)));
      largest = Math.max(largest, key);
    }
    const declared = root.lookupMaybe(PDFName.of('ParentTreeNextKey'), lib.PDFNumber)?.asNumber() ?? 0;
    nextKey = offset + Math.max(largest + 1, declared);
  }

  documentElement.set(PDFName.of('K'), context.obj(children));
  const treeRoot: PDFRef = context.register(
    context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.register(context.obj({ Nums: parentTree })), ParentTreeNextKey: nextKey }),
  );
  documentElement.set(PDFName.of('P'), treeRoot);
  out.catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
  out.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  return out;
}
