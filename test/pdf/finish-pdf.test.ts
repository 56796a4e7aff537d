import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFContext, PDFDocument } from '@cantoo/pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishPdf, type Bookmark } from '../../src/pdf/finish-pdf.js';
import { tempDir } from '../helpers/paths.js';
import { pdfInfo, pdfOutline } from '../helpers/pdf-tools.js';

/** A PDF as a browser prints one: pages with some text, a classic cross-reference table. */
async function printedPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i += 1) pdf.addPage([960, 540]).drawText(`Page ${i + 1}`, { x: 40, y: 480 });
  return pdf.save({ useObjectStreams: false });
}

const marks = (count: number): Bookmark[] => Array.from({ length: count }, (_, i) => ({ title: `Part ${i + 1}`, page: i, children: [{ title: `Slide ${i + 1}`, page: i }] }));
const info = { title: 'Кинематика', author: 'A. Author', lang: 'ru', date: new Date('2026-01-02T03:04:05Z') };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('finishPdf', () => {
  it('appends the metadata and outline to the printed bytes, which stay as they were', async () => {
    const printed = await printedPdf(12);
    const finished = await finishPdf(printed, info, marks(12));
    expect(Buffer.from(finished.subarray(0, printed.length)).equals(Buffer.from(printed))).toBe(true);
    const file = join(tempDir(), 'finished.pdf');
    writeFileSync(file, finished);
    expect(pdfInfo(file)).toMatchObject({ Title: 'Кинематика', Author: 'A. Author', Creator: 'Lectern', Pages: '12', CreationDate: expect.stringContaining('2026') });
    const { lang, outline } = await pdfOutline(file);
    expect(lang).toBe('ru');
    expect(outline.map((o) => [o.title, o.page, o.children.map((c) => c.page)])).toEqual(marks(12).map((m, i) => [m.title, i, [i]]));
  });

  it('does work that does not grow with the bookmarks times the objects of the document', async () => {
    // pdf-lib, while it tracks changes, searches the document for the holder of each value set.
    const printed = await printedPdf(60);
    const searches = vi.spyOn(PDFContext.prototype, 'objectContains');
    await finishPdf(printed, info, marks(1));
    const few = searches.mock.calls.length;
    searches.mockClear();
    await finishPdf(printed, info, marks(60));
    expect(searches.mock.calls.length).toBeLessThanOrEqual(few);
  });
});
