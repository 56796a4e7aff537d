import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { textRuns } from '../helpers/pdf-layout.js';
import { pdfInfo } from '../helpers/pdf-tools.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/** The Quarto-syntax deck printed: what its slides show is on its pages, mermaid diagrams and slide feet included. */
let pdf: string;

/** The text of one page (1-based). */
const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[^\S\n]+/g, ' ');

beforeAll(() => {
  const out = join(tempDir(), 'out');
  const result = runCli(['pdf', join(FIXTURES, 'quarto-course'), '--out', out, '--slides']);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/warning/);
  pdf = join(out, 'en/01-demo/slides.pdf');
});

describe('slides.pdf of a Quarto deck', () => {
  it('has a page per slide, with no sources page when nothing is cited', () => {
    expect(pdfInfo(pdf).Pages).toBe('22');
    expect(page(19)).toContain('Stepwise');
    expect(page(22)).toContain('Captioned');
  });

  it('prints fitted text on its own page, as large as in the deck, with the slide`s aside and footer', async () => {
    const { runs } = await textRuns(pdf);
    const big = runs.find((r) => r.page === 19 && r.text.includes('BIG'));
    const heading = runs.find((r) => r.page === 19 && r.text.includes('Fitted'));
    expect(big!.size).toBeGreaterThan(heading!.size * 4);
    expect(runs.filter((r) => r.text.includes('BIG')).map((r) => r.page)).toEqual([19]);
    const text = page(20);
    expect(text).toContain('Fitted');
    expect(text).toContain('BIG');
    expect(text).toContain('An aside under fitted text.');
    expect(text).toContain('Quarto syntax — course home');
    expect(page(21)).toContain('Heading grid');
  });

  it('prints the mermaid diagram as drawn, its labels as text', () => {
    const text = page(16);
    expect(text).toContain('Diagram');
    expect(text).toMatch(/Start[\s\S]*End/);
    expect(text).not.toContain('flowchart');
  });

  it('prints the footer on every page, a slide`s own in its place, and footnotes below the body', () => {
    expect(page(2)).toContain('Quarto syntax — course home');
    expect(page(18)).toContain('This slide’s own footer');
    const foot = page(3).split('\n');
    const body = foot.findIndex((l) => l.includes('A claim with a note'));
    const note = foot.findIndex((l) => l.includes('The first footnote.'));
    const footer = foot.findIndex((l) => l.includes('Quarto syntax — course home'));
    expect(body).toBeGreaterThanOrEqual(0);
    expect(note).toBeGreaterThan(body + 5);
    expect(footer).toBeGreaterThan(note);
  });
});
