import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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
    expect(pdfInfo(pdf).Pages).toBe('19');
    expect(page(19)).toContain('Stepwise');
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
