import type { PDFDict, PDFDocument, PDFNumber, PDFObject, PDFRef } from '@cantoo/pdf-lib';
import { copyObject, readPrintedPdf, type ObjectBytes, type PrintedPdf } from './printed-pdf.js';

type Lib = typeof import('@cantoo/pdf-lib');

/** A printed part as the join needs it: the objects that stay, and what its page and structure trees hold. */
export interface PrintedPart {
  pdf: PrintedPdf;
  /** Its pages, in order. */
  pages: number[];
  /** The objects the joined file replaces: catalog, information, page tree nodes, structure tree root, parent tree, Document element. */
  replaced: Set<number>;
  pageTreeNodes: Set<number>;
  structTreeRoot?: number;
  document?: number;
  lang?: PDFObject;
  /** The Document element's children and the parent tree's pairs (key, value), as pdf-lib reads them, in the part's numbering. */
  children: PDFObject[];
  nums: PDFObject[];
  nextKey: number;
}

/** A page (not a node of the page tree), as Chromium writes one: its type first. Any other object is parsed to be told. */
function isPage(pdf: PrintedPdf, n: number): boolean {
  PAGE.lastIndex = pdf.bodies.get(n) ?? -1;
  return PAGE.lastIndex >= 0 && PAGE.test(pdf.text);
}
const PAGE = /<<\s*\/Type\s*\/Page(?![^\s()<>[\]{}/%])/y;

/** Thrown where a part holds what the join does not handle: the part is then joined by pdf-lib (see joinPdfs). */
class Unsupported extends Error {}

/**
 * Reads what the join needs of a printed part: only the catalog and the
 * trees are parsed (with pdf-lib's object parser); the other objects are
 * later copied as bytes. Undefined when the part is not in the form
 * Chromium prints.
 */
export function readPrintedPart(lib: Lib, bytes: Uint8Array): PrintedPart | undefined {
  const pdf = readPrintedPdf(bytes);
  if (!pdf) return undefined;
  const { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef } = lib;
  const context = lib.PDFContext.create();
  const dict = (ref: PDFObject | undefined): [number, PDFDict] => {
    const at = ref instanceof PDFRef ? pdf.bodies.get(ref.objectNumber) : undefined;
    const object = at === undefined ? undefined : lib.PDFObjectParser.forBytes(pdf.bytes.subarray(at), context).parseObject();
    if (!(object instanceof PDFDict)) throw new Unsupported();
    return [(ref as PDFRef).objectNumber, object];
  };
  try {
    const part: PrintedPart = { pdf, pages: [], replaced: new Set([pdf.root]), pageTreeNodes: new Set(), children: [], nums: [], nextKey: 0 };
    if (pdf.info !== undefined) part.replaced.add(pdf.info);
    const [, catalog] = dict(PDFRef.of(pdf.root));
    const walk = (ref: PDFObject | undefined, depth: number): void => {
      if (ref instanceof PDFRef && isPage(pdf, ref.objectNumber)) {
        part.pages.push(ref.objectNumber);
        return;
      }
      const [n, node] = dict(ref);
      const kids = node.get(PDFName.of('Kids'));
      if (kids === undefined) {
        part.pages.push(n);
        return;
      }
      // Attributes a page would inherit from its tree nodes, which the joined file replaces.
      const inherited = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].some((key) => node.has(PDFName.of(key)));
      if (!(kids instanceof PDFArray) || inherited || depth > 32) throw new Unsupported();
      part.pageTreeNodes.add(n);
      part.replaced.add(n);
      for (const kid of kids.asArray()) walk(kid, depth + 1);
    };
    walk(catalog.get(PDFName.of('Pages')), 0);
    const treeRef = catalog.get(PDFName.of('StructTreeRoot'));
    if (treeRef === undefined) return part;
    const [treeNumber, tree] = dict(treeRef);
    part.structTreeRoot = treeNumber;
    part.replaced.add(treeNumber);
    const top = tree.get(PDFName.of('K'));
    const first = top instanceof PDFArray ? top.get(0) : top;
    if (first !== undefined) {
      const [documentNumber, document] = dict(first);
      part.document = documentNumber;
      part.replaced.add(documentNumber);
      part.lang = document.get(PDFName.of('Lang'));
      const kids = document.get(PDFName.of('K'));
      part.children = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    }
    const parentTree = tree.get(PDFName.of('ParentTree'));
    let largest = -1;
    if (parentTree !== undefined) {
      const [parentTreeNumber, numberTree] = dict(parentTree);
      const nums = numberTree.get(PDFName.of('Nums'));
      if (numberTree.has(PDFName.of('Kids')) || !(nums instanceof PDFArray)) throw new Unsupported();
      part.replaced.add(parentTreeNumber);
      part.nums = nums.asArray();
      for (let i = 0; i < part.nums.length; i += 2) largest = Math.max(largest, (part.nums[i] as PDFNumber).asNumber());
    }
    const declared = tree.get(PDFName.of('ParentTreeNextKey'));
    part.nextKey = Math.max(largest + 1, declared instanceof PDFNumber ? declared.asNumber() : 0);
    return part;
  } catch {
    // Unsupported, or what pdf-lib's parser refused: the part is read whole instead, which reports a damaged file.
    return undefined;
  }
}

/**
 * Joins printed parts into one document without parsing their pages: every
 * object is copied as it was printed, renumbered, the keys into the structure
 * tree moved up past those of the parts before; only the catalog, the page
 * tree and the structure tree's root and Document element are made anew (one
 * Document holding every part's elements, one parent tree). Undefined when a
 * part holds something this does not handle.
 */
export async function joinPrintedParts(lib: Lib, parts: PrintedPart[]): Promise<{ pdf: PDFDocument; pages: PDFRef[] } | undefined> {
  const { PDFArray, PDFName, PDFNumber, PDFRef } = lib;
  const out = await lib.PDFDocument.create({ updateMetadata: false });
  const context = out.context;
  const pagesRoot = out.catalog.get(PDFName.of('Pages')) as PDFRef;
  const documentRef = context.nextRef();
  const treeRootRef = context.nextRef();
  let next = context.largestObjectNumber;
  const copies: [PDFRef, ObjectBytes][] = [];
  const pages: PDFRef[] = [];
  const children: PDFObject[] = [];
  const parentTree: PDFObject[] = [];
  let lang: PDFObject | undefined;
  let nextKey = 0;
  for (const part of parts) {
    const numbers = new Map<number, number>();
    for (const n of part.pdf.bodies.keys()) if (!part.replaced.has(n)) numbers.set(n, ++next);
    const renumber = (n: number): number | undefined =>
      numbers.get(n) ??
      (part.pageTreeNodes.has(n) ? pagesRoot.objectNumber : n === part.document ? documentRef.objectNumber : n === part.structTreeRoot ? treeRootRef.objectNumber : undefined);
    const remap = (object: PDFObject): PDFObject => {
      if (object instanceof PDFArray) return context.obj(object.asArray().map(remap));
      if (!(object instanceof PDFRef)) return object;
      const to = renumber(object.objectNumber);
      if (to === undefined) throw new Unsupported();
      return PDFRef.of(to);
    };
    for (const [n, to] of numbers) {
      const bytes = copyObject(part.pdf, n, renumber, nextKey);
      if (!bytes) return undefined;
      copies.push([PDFRef.of(to), bytes]);
    }
    try {
      pages.push(...part.pages.map((n) => PDFRef.of(numbers.get(n)!)));
      children.push(...part.children.map(remap));
      for (let i = 0; i + 1 < part.nums.length; i += 2) parentTree.push(PDFNumber.of((part.nums[i] as PDFNumber).asNumber() + nextKey), remap(part.nums[i + 1]!));
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
    lang ??= part.lang;
    nextKey += part.nextKey;
  }
  context.largestObjectNumber = next;
  for (const [ref, bytes] of copies) context.assign(ref, verbatim(lib, bytes));
  const pageTree = context.lookup(pagesRoot) as PDFDict;
  pageTree.set(PDFName.of('Kids'), context.obj(pages));
  pageTree.set(PDFName.of('Count'), PDFNumber.of(pages.length));
  const documentElement = context.obj({ Type: 'StructElem', S: 'Document', P: treeRootRef, K: children });
  if (lang) documentElement.set(PDFName.of('Lang'), lang);
  context.assign(documentRef, documentElement);
  const parentTreeRef = context.register(context.obj({ Nums: parentTree }));
  context.assign(treeRootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: parentTreeRef, ParentTreeNextKey: nextKey }));
  out.catalog.set(PDFName.of('StructTreeRoot'), treeRootRef);
  out.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  return { pdf: out, pages };
}

/** An object written as the bytes it was printed with: pdf-lib's writer asks an object only for its size and bytes. */
function verbatim(lib: Lib, bytes: ObjectBytes): PDFObject {
  return Object.assign(Object.create(lib.PDFObject.prototype) as PDFObject, {
    sizeInBytes: () => bytes.size,
    copyBytesInto: (buffer: Uint8Array, offset: number) => bytes.copyInto(buffer, offset),
  });
}
