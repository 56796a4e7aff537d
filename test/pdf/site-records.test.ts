import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const config = readFileSync(join(MINI_COURSE, 'course.yaml'), 'utf8');

describe('lectern pdf, for the published site', () => {
  it('records what each PDF was printed from, and pictures the title slide for link previews', () => {
    const course = miniCourseWith({ 'course.yaml': `${config}siteUrl: https://example.org/course/\n` });
    const out = join(tempDir(), 'out');
    const result = runCli(['pdf', course, '--out', out, '--slides', '--lang', 'en', '--quiet']);
    expect(result.status, result.stderr).toBe(0);
    const ledger = JSON.parse(readFileSync(join(out, 'en/01-demo/pdfs.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(ledger)).toEqual(['slides.pdf']);
    const png = readFileSync(join(out, 'en/01-demo/title.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
    const deck = readFileSync(join(out, 'en/01-demo/index.html'), 'utf8');
    expect(deck).toContain('<meta property="og:image" content="https://example.org/course/en/01-demo/title.png">');
    // A later build keeps both, and still finds the PDF current.
    const again = runCli(['build', course, '--out', out, '--lang', 'en']);
    expect(again.stderr).not.toContain('stale-pdf');
    expect(readFileSync(join(out, 'en/01-demo/title.png'))).toEqual(png);
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toContain('href="../en/01-demo/slides.pdf"');
  });

  it('leaves the lecturer\'s handout out of the output when the notes are private, and says so', () => {
    const course = miniCourseWith({ 'course.yaml': `${config}publish: {notes: false}\n` });
    const out = join(tempDir(), 'out');
    const result = runCli(['pdf', course, '--out', out, '--handout', '--lang', 'en']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("the lecturer's handout (handout.pdf) is not made");
    expect(result.stderr).toContain('lectern pdf --notes --out DIR');
    const ledger = JSON.parse(readFileSync(join(out, 'en/01-demo/pdfs.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(ledger)).toEqual(['handout-student.pdf']);
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).not.toContain('handout.pdf"');
  });
});
