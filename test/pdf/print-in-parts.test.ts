import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { findBrowser } from '../../src/browser/find-browser.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';
import { exportPdfs } from '../../src/pdf/export-pdfs.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { pdfInfo, pdfOutline, pdfText } from '../helpers/pdf-tools.js';

/**
 * Long documents are printed a part at a time and joined: the joined file
 * must be the file printed in one piece, page for page, with its bookmarks
 * and its tags.
 */
let result: BuildResult;
let session: BrowserSession;
const whole = join(tempDir(), 'whole');
const parts = join(tempDir(), 'parts');
const file = (out: string, kind: string) => join(out, 'en', '01-demo', `${kind}.pdf`);
const date = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  result = await build({ course: MINI_COURSE, out: join(tempDir(), 'out'), langs: ['en'] });
  session = new BrowserSession(await findBrowser());
  await exportPdfs(session, result.course, result.decks, result.outDir, result.diagnostics, { variant: 'lecturer', date });
  cpSync(result.outDir, whole, { recursive: true });
  await exportPdfs(session, result.course, result.decks, result.outDir, result.diagnostics, { variant: 'lecturer', date, partSize: 3 });
  cpSync(result.outDir, parts, { recursive: true });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Every page's key into the structure tree, and the keys the tree holds. */
async function tags(path: string) {
  const pdf = await PDFDocument.load(readFileSync(path));
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const keys = nums.asArray().filter((_, i) => i % 2 === 0).map((n) => (n as PDFNumber).asNumber());
  const pageKeys = pdf.getPages().map((p) => (p.node.get(PDFName.of('StructParents')) as PDFNumber | undefined)?.asNumber());
  const document = root.lookup(PDFName.of('K'), PDFDict);
  return { keys, pageKeys, role: document.get(PDFName.of('S'))?.toString(), next: (root.get(PDFName.of('ParentTreeNextKey')) as PDFNumber).asNumber() };
}

describe.each(['slides', 'handout'])('%s.pdf printed in parts of three pages', (kind) => {
  it('has the pages and text of the document printed whole, and no blank page between parts', () => {
    expect(pdfInfo(file(parts, kind)).Pages).toBe(pdfInfo(file(whole, kind)).Pages);
    expect(Number(pdfInfo(file(parts, kind)).Pages)).toBeGreaterThan(3);
    expect(pdfText(file(parts, kind))).toBe(pdfText(file(whole, kind)));
  });

  it('keeps the title, language and bookmarks', async () => {
    const a = pdfInfo(file(parts, kind));
    const b = pdfInfo(file(whole, kind));
    expect([a.Title, a.Author, a.Subject, a.Tagged]).toEqual([b.Title, b.Author, b.Subject, 'yes']);
    expect(await pdfOutline(file(parts, kind))).toEqual(await pdfOutline(file(whole, kind)));
  });

  it('keeps one structure tree whose keys lead from every page to its tags', async () => {
    const t = await tags(file(parts, kind));
    expect(t.role).toBe('/Document');
    expect(new Set(t.keys).size).toBe(t.keys.length);
    for (const key of t.pageKeys) expect(t.keys).toContain(key);
    expect(t.next).toBeGreaterThan(Math.max(...t.keys));
  });
});
