import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './paths.js';

/** One run of text as drawn in a PDF: its page (0-based), font size and baseline position in millimetres from the page's top left. */
export interface TextRun {
  page: number;
  text: string;
  size: number;
  x: number;
  y: number;
}

const PT = 25.4 / 72;

/** Every text run of a PDF, with the size and place it is drawn at (read with pdf.js). */
export async function textRuns(file: string): Promise<{ pages: number; runs: TextRun[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const runs: TextRun[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const height = page.view[3]! - page.view[1]!;
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , c, d, e, f] = item.transform as number[];
        runs.push({ page: p - 1, text: item.str, size: Math.hypot(c!, d!), x: e! * PT, y: (height - f!) * PT });
      }
    }
    return { pages: doc.numPages, runs };
  } finally {
    await doc.destroy();
  }
}

/** Test artifacts a person can look at: test/artifacts/<name>/, kept out of the repository. */
export function artifactsDir(name: string): string {
  const dir = join(REPO, 'test/artifacts', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Renders pages of a PDF to PNG files (prefix-N.png). */
export function renderPages(file: string, prefix: string, first: number, last: number, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), file, prefix]);
}

/** The mean brightness (0–255) of a box of a page, in millimetres, rendered at a low resolution. */
export function meanBrightness(file: string, page: number, box: { left: number; top: number; width: number; height: number }): number {
  const dpi = 30;
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page + 1), '-l', String(page + 1), file]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const offset = header[0].length;
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  let sum = 0;
  let n = 0;
  for (let y = px(box.top) + 1; y < px(box.top + box.height) - 1; y++) {
    for (let x = px(box.left) + 1; x < px(box.left + box.width) - 1; x++) {
      const i = offset + (y * width + x) * 3;
      sum += (ppm[i]! + ppm[i + 1]! + ppm[i + 2]!) / 3;
      n++;
    }
  }
  return sum / n;
}
