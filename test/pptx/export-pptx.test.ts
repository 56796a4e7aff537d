import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPptx } from '../../src/build-pptx.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const EXTRA = `---
title: "Extra constructs"
---

## Lists and links

1. First, with **bold** and *italic* and [a link](https://example.org/page), and O~2~
   beside the list's text
    - nested one level
        - and two
2. Second

## An embedded page

<iframe src="about:blank" width="400" height="200"></iframe>

Text beside the frame.

## A table of words

| Energieversorgung | Beschreibung |
|---|---|
| Kohle | A long description of the supply of coal, which runs on so that the table takes the width of the slide and leaves the first column as narrow as its longest word {{cite "first-trial"}} {{cite "show-trial"}} |

## Math among words

The energy is $E = mc^2$ for a body at rest, said the lecturer.
`;

interface Deck {
  slides: string[][];
  notes: string[];
  xml: string[];
  zip: JSZip;
}

/** The slides of a .pptx in order: the text of each, run by run, its notes and its XML. */
async function readPptx(file: string): Promise<Deck> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const deck: Deck = { slides: [], notes: [], xml: [], zip };
  for (let n = 1; n <= count; n++) {
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    deck.xml.push(xml);
    deck.slides.push([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!));
    const notes = await zip.file(`ppt/notesSlides/notesSlide${n}.xml`)?.async('string');
    deck.notes.push([...(notes ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n'));
  }
  return deck;
}

const text = (slide: string[]) => slide.join('').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\u2060/g, '');

let out: string;
let en: Deck;
let ru: Deck;
let extra: Deck;
let warnings: Diagnostic[];

beforeAll(async () => {
  const course = miniCourseWith({ '02-extra.en.md': EXTRA });
  out = join(tempDir(), 'out');
  const result = await buildPptx({ course, out });
  warnings = result.diagnostics.list.filter((d) => d.severity === 'warning');
  [en, ru, extra] = await Promise.all(['en/01-demo', 'ru/01-demo', 'en/02-extra'].map((deck) => readPptx(join(out, deck, 'slides.pptx'))));
});

describe('lectern pptx', () => {
  it('writes one PowerPoint slide per slide of the deck', () => {
    const sections = (deck: string) => readFileSync(join(out, deck, 'index.html'), 'utf8').match(/<section[\s>]/g)!.length;
    expect(en.slides.length).toBe(sections('en/01-demo'));
    expect(ru.slides.length).toBe(sections('ru/01-demo'));
  });

  it('keeps each slide\'s text as text, in reading order, fragments in their final state', () => {
    const trial = en.slides.find((s) => s.includes('The trial'))!;
    expect(text(trial)).toMatch(/The trial.*Held 19–\u2060?24 August 1936.*Defendants included Grigory Zinoviev.*Arrests: about 30,000 people/);
    expect(text(en.slides[0]!)).toMatch(/The Moscow trials.*A demonstration/);
  });

  it('keeps Cyrillic as text', () => {
    expect(ru.slides.map(text).join(' ')).toMatch(/[А-Яа-яЁё]{4,}/);
  });

  it('puts the speaker notes and the facts of the slide in the notes pane', () => {
    const n = en.slides.findIndex((s) => s.includes('The trial'));
    expect(en.notes[n]).toContain('Stress the staging of the trial.');
    expect(en.notes[n]).toContain('The first Moscow trial');
  });

  it('makes tables PowerPoint tables, cell by cell', () => {
    const xml = en.xml.find((x) => x.includes('<a:tbl>'))!;
    const cells = [...xml.matchAll(/<a:tc>([\s\S]*?)<\/a:tc>/g)].map((m) => text([...m[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]!)));
    expect(cells).toEqual(['Year', 'Event', '1936', 'The first Moscow trial']);
  });

  it('keeps list levels, emphasis and links', () => {
    const xml = extra.xml.find((x) => x.includes('nested one level'))!;
    expect(xml).toMatch(/<a:pPr[^>]*lvl="1"[^>]*>[\s\S]*?nested one level/);
    expect(xml).toMatch(/<a:pPr[^>]*lvl="2"[^>]*>[\s\S]*?and two/);
    expect(xml).toMatch(/<a:rPr[^>]* b="1"[^>]*>[\s\S]*?<a:t>bold<\/a:t>/);
    expect(xml).toMatch(/<a:rPr[^>]* i="1"[^>]*>[\s\S]*?<a:t>italic<\/a:t>/);
    expect(xml).toContain('<a:hlinkClick');
    expect(xml).toContain('buAutoNum');
  });

  it('is a package PowerPoint opens without repairs: every declared part there, paragraph properties only first', async () => {
    for (const deck of [en, ru, extra]) {
      const types = await deck.zip.file('[Content_Types].xml')!.async('string');
      for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(deck.zip.file(part!), part).not.toBeNull();
      for (const xml of deck.xml) {
        for (const [, inner] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) expect(inner!.lastIndexOf('<a:pPr')).toBeLessThanOrEqual(0);
      }
    }
  });

  it('sets sub- and superscripts at the size of their text: PowerPoint makes them smaller itself', () => {
    const xml = extra.xml.find((x) => x.includes('nested one level'))!;
    const size = (text: string) => new RegExp(`<a:rPr[^>]* sz="(\\d+)"[^>]*>(?:(?!</a:rPr>)[\\s\\S])*</a:rPr><a:t>${text}</a:t>`).exec(xml)?.[1];
    expect(size('2')).toBeDefined();
    expect(size('2')).toBe(size(', and O'));
    expect(xml).toMatch(/baseline="-\d+"[^>]*>(?:(?!<\/a:rPr>)[\s\S])*<\/a:rPr><a:t>2<\/a:t>/);
  });

  it('keeps the deck\'s margins: no text box touches the edge of the slide', () => {
    const EMU = 9525;
    for (const deck of [en, ru, extra]) {
      for (const xml of deck.xml) {
        for (const [, x, cx] of xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<a:off x="(\d+)" y="\d+"\/><a:ext cx="(\d+)"/g)) {
          expect(Number(x) / EMU).toBeGreaterThanOrEqual(20);
          expect((Number(x) + Number(cx)) / EMU).toBeLessThanOrEqual(1280 - 20);
        }
        expect(xml).not.toMatch(/<a:off x="0" y="0"\/><a:ext cx="12191695"[^>]*\/><\/a:xfrm><a:prstGeom prst="rect">(?:(?!<\/p:sp>)[\s\S])*<a:t>/);
      }
    }
  });

  it('sets the sources as one text box, an entry a paragraph, shrinking when they run over', () => {
    const xml = extra.xml[extra.xml.length - 1]!;
    const shapes = xml.split('<p:sp>').slice(1).filter((shape) => /<a:t>/.test(shape) && !shape.includes('type="sldNum"'));
    // The heading and the entries.
    expect(shapes).toHaveLength(2);
    const entries = shapes[1]!;
    expect(entries).toContain('Chronicler, A.');
    expect(entries).toContain('An Almanac');
    expect(entries.match(/<a:p>/g)!.length).toBe(2);
    expect(entries).toContain('<a:normAutofit');
  });

  it('keeps the words of a paragraph with inline math as text, and pictures the math alone', () => {
    const n = extra.xml.findIndex((x) => x.includes('for a body at rest'));
    expect(n).toBeGreaterThan(-1);
    const xml = extra.xml[n]!;
    expect(text(extra.slides[n]!)).toMatch(/The energy is\s+for a body at rest, said the lecturer\./);
    const picture = /<p:pic>[\s\S]*?descr="([^"]*)"[\s\S]*?<a:ext cx="(\d+)"/.exec(xml)!;
    expect(picture[1]).toBe('E = mc^2');
    // The picture is the formula's width, not the paragraph's.
    expect(Number(picture[2]) / 9525).toBeLessThan(300);
  });

  it('gives code a monospace box with its highlighting colours', () => {
    const xml = en.xml.find((x) => x.includes('not a helper'))!;
    const codeRuns = [...xml.matchAll(/<a:rPr([^>]*)>(?:(?!<\/a:rPr>)[\s\S])*?<a:latin typeface="PT Mono"/g)];
    expect(codeRuns.length).toBeGreaterThan(1);
    const colours = new Set([...xml.matchAll(/<a:rPr[^>]*>\s*<a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/><\/a:solidFill>\s*<a:latin typeface="PT Mono"/g)].map((m) => m[1]));
    expect(colours.size).toBeGreaterThan(1);
  });

  it('draws math as a picture with its LaTeX as alt text', () => {
    const xml = en.xml.find((x) => x.includes('A footnote'))!;
    expect(xml).toMatch(/descr="[^"]*E = mc\^2/);
  });

  it('places images from the output, linked from the slide', async () => {
    const n = en.slides.findIndex((s) => text(s).includes('Left, with an image'));
    const rels = await en.zip.file(`ppt/slides/_rels/slide${n + 1}.xml.rels`)!.async('string');
    const target = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
    expect(target).toBeDefined();
    expect(Buffer.from(await en.zip.file(`ppt/media/${target}`)!.async('uint8array'))).toEqual(readFileSync(join(out, 'images/dot.png')));
  });

  it('keeps dark backgrounds and slide numbers', () => {
    const trial = en.xml.find((x) => x.includes('The trial'))!;
    expect(trial).toMatch(/<p:bg>[\s\S]*<a:srgbClr val="222233"/);
    expect(trial).toContain('type="sldNum"');
  });

  it('sets the deck\'s size and fonts by name, with a family to fall back on', async () => {
    const presentation = await en.zip.file('ppt/presentation.xml')!.async('string');
    expect(presentation).toMatch(/<p:sldSz cx="12191695" cy="6858000"|<p:sldSz cx="1219\d{4}" cy="6858000"/);
    expect(en.xml.join('')).toMatch(/<a:latin typeface="PT Sans" pitchFamily="34"/);
  });

  it('makes a slide with a construct PowerPoint cannot hold a picture, with its text in the alt text and a warning at its line', () => {
    const n = extra.slides.findIndex((_, i) => extra.xml[i]!.includes('Text beside the frame'));
    expect(n).toBeGreaterThan(-1);
    expect(extra.xml[n]).toMatch(/<p:pic>/);
    expect(extra.xml[n]).toMatch(/descr="An embedded page\s+Text beside the frame\."/);
    // Nothing of it is text any more but the slide number.
    expect(extra.slides[n]).toEqual([String(n + 1)]);
    const warning = warnings.find((w) => w.ruleId === 'pptx-picture')!;
    expect(warning.file).toMatch(/02-extra\.en\.md$/);
    expect(warning.start.line).toBe(13);
    expect(warning.message).toContain('an embedded page');
    expect(warnings.filter((w) => w.ruleId === 'pptx-picture')).toHaveLength(1);
  });

  it('is written into the staged output, with the PDFs when asked, and kept by a later build', () => {
    const dir = join(tempDir(), 'out');
    const result = runCli(['build', MINI_COURSE, '--out', dir, '--lang', 'en', '--pdf', '--pptx', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { pdfs: string[]; pptx: string[] };
    expect(report.pptx.map((f) => f.split('/').slice(-3).join('/'))).toEqual(['en/01-demo/slides.pptx']);
    expect(report.pdfs.some((f) => f.endsWith('en/01-demo/slides.pdf'))).toBe(true);
    expect(readdirSync(dirname(dir)).filter((name) => name.includes('staging'))).toEqual([]);
    expect(runCli(['build', MINI_COURSE, '--out', dir, '--lang', 'en']).status).toBe(0);
    expect(existsSync(join(dir, 'en/01-demo/slides.pptx'))).toBe(true);
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const again = join(tempDir(), 'out');
    await buildPptx({ course: miniCourseWith({ '02-extra.en.md': EXTRA }), out: again });
    for (const deck of ['en/01-demo', 'ru/01-demo', 'en/02-extra']) {
      expect(readFileSync(join(again, deck, 'slides.pptx')).equals(readFileSync(join(out, deck, 'slides.pptx'))), deck).toBe(true);
    }
  });
});

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);
if (!soffice) console.warn('LibreOffice is not installed: the rendering of .pptx files is not checked (scripts/test.sh installs it where apt is available)');

describe.runIf(soffice)('the .pptx in LibreOffice', () => {
  it('renders every slide, and its text extracts, Cyrillic included', () => {
    for (const [deck, slides] of [['en/01-demo', en], ['ru/01-demo', ru]] as const) {
      const dir = tempDir();
      const convert = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(out, deck, 'slides.pptx')], { encoding: 'utf8', timeout: 120_000 });
      expect(convert.status, convert.stderr).toBe(0);
      const pdf = join(dir, 'slides.pdf');
      expect(existsSync(pdf)).toBe(true);
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
      expect(pages).toBe(slides.slides.length);
      const extracted = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(extracted).toContain(deck.startsWith('ru') ? 'Московские процессы' : 'The Moscow trials');
    }
  }, 300_000);

  it('sets a table\'s words whole in a face wider than the deck\'s (PT Sans is not installed here)', () => {
    const dir = tempDir();
    const convert = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(out, 'en/02-extra/slides.pptx')], { encoding: 'utf8', timeout: 120_000 });
    expect(convert.status, convert.stderr).toBe(0);
    const extracted = spawnSync('pdftotext', ['-layout', join(dir, 'slides.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(extracted).toContain('Energieversorgung');
    expect(extracted).toContain('Beschreibung');
  }, 300_000);
});
