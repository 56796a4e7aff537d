import type Pptx from 'pptxgenjs';

// pptxgenjs is a CommonJS module whose types are written as ESM: its class is the module's default.
type PptxGenJS = InstanceType<typeof Pptx.default>;
type TextProps = Pptx.default.TextProps;
type TextPropsOptions = Pptx.default.TextPropsOptions;
type Slide = Pptx.default.Slide;
import type { Box, Item, Paragraph, Run, SlideModel } from './slide-model.js';
import { tableColumns } from './table-columns.js';

/** The deck's pixels to PowerPoint's inches (96 px to the inch, as in CSS). */
const inches = (px: number) => Math.round((px / 96) * 1000) / 1000;
/** CSS pixels to points. */
const points = (px: number) => Math.round(px * 0.75 * 10) / 10;
const color = (css: string) => css.replace('#', '').toUpperCase();
/** The inner margin of a table cell, in inches. */
const CELL_MARGIN = 0.04;

/** From the printed page's pixels (the slide within the deck's margins) to the PowerPoint slide: scaled to fit, centred. */
interface Scale {
  s: number;
  dx: number;
  dy: number;
}

function scaleOf(deck: PptxDeck): Scale {
  const frame = deck.frame ?? { width: deck.width, height: deck.height };
  const s = Math.min(deck.width / frame.width, deck.height / frame.height);
  return { s, dx: (deck.width - frame.width * s) / 2, dy: (deck.height - frame.height * s) / 2 };
}

const place = (box: Box, k: Scale) => ({ x: inches(k.dx + box.x * k.s), y: inches(k.dy + box.y * k.s), w: inches(Math.max(box.w * k.s, 1)), h: inches(Math.max(box.h * k.s, 1)) });

export interface DeckFonts {
  body: string;
  mono: string;
}

export interface PptxDeck {
  title: string;
  author?: string;
  subject?: string;
  lang: string;
  /** The PowerPoint slide, in px. */
  width: number;
  height: number;
  /** The printed page the slides were measured on, the deck's margins included (default: the slide's size). */
  frame?: { width: number; height: number };
  fonts: DeckFonts;
  slides: SlideModel[];
  /** The PNG of each screenshot (`shot` numbers), and of each slide exported as a picture. */
  shots: Map<number, Uint8Array>;
  slidePictures: Map<number, Uint8Array>;
  /** An image's bytes, from its URL in the page. */
  readImage(url: string): { data: string } | undefined;
}

const png = (bytes: Uint8Array) => `image/png;base64,${Buffer.from(bytes).toString('base64')}`;

function textRuns(paragraphs: Paragraph[], fonts: DeckFonts, lang: string, s: number): TextProps[] {
  const props: TextProps[] = [];
  paragraphs.forEach((paragraph, p) => {
    const runs: Run[] = paragraph.runs.length ? paragraph.runs : [{ text: ' ', color: '#000000', size: 16 }];
    runs.forEach((run, r) => {
      const last = r === runs.length - 1;
      const options: TextPropsOptions = {
        fontFace: run.mono ? fonts.mono : fonts.body,
        color: color(run.color),
        lang,
        ...(run.size ? { fontSize: points(run.size * s) } : {}),
        ...(run.space ? { charSpacing: points(run.space * s) } : {}),
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italic: true } : {}),
        ...(run.underline ? { underline: { style: 'sng' } } : {}),
        ...(run.sup ? { superscript: true } : {}),
        ...(run.sub ? { subscript: true } : {}),
        ...(run.link ? { hyperlink: { url: run.link } } : {}),
      };
      if (r === 0) {
        options.align = paragraph.align;
        if (paragraph.spaceAfter) options.paraSpaceAfter = points(paragraph.spaceAfter * s);
        if (paragraph.bullet) {
          options.bullet = paragraph.bullet === 'number' ? { type: 'number' } : true;
          options.indentLevel = paragraph.level;
        }
      }
      if (run.lineBreak) props.push({ text: '', options: { ...options, softBreakBefore: true } });
      else props.push({ text: run.text, options: { ...options, ...(last && p < paragraphs.length - 1 ? { breakLine: true } : {}) } });
    });
  });
  return props;
}

function addItem(slide: Slide, item: Item, deck: PptxDeck, k: Scale): void {
  const at = place(item.box, k);
  switch (item.kind) {
    case 'text':
      slide.addText(textRuns(item.paragraphs, deck.fonts, deck.lang, k.s), {
        ...at,
        margin: 0,
        valign: 'top',
        // A title or a list of sources set in a wider fallback font shrinks rather than running over what follows.
        fit: item.role === 'title' || item.shrink ? 'shrink' : 'none',
        wrap: true,
        ...(item.fill ? { fill: { color: color(item.fill) } } : {}),
      });
      return;
    case 'table': {
      const rows = item.rows.map((row) =>
        row.map((cell) => ({
          text: textRuns([{ runs: cell.runs, level: 0, align: 'left' }], deck.fonts, deck.lang, k.s),
          options: { bold: cell.header, ...(cell.fill ? { fill: { color: color(cell.fill) } } : {}) },
        })),
      );
      const columns = tableColumns(item.columns.map((w) => w * k.s), item.longestWords.map((w) => w * k.s), 2 * CELL_MARGIN * 96);
      slide.addTable(rows, { ...at, colW: columns.map(inches), border: { type: 'solid', pt: 0.5, color: 'BBBBBB' }, margin: CELL_MARGIN, autoPage: false });
      return;
    }
    case 'image': {
      const image = deck.readImage(item.file);
      if (image) slide.addImage({ ...at, data: image.data, altText: item.alt });
      return;
    }
    case 'picture': {
      const shot = deck.shots.get(item.shot);
      if (shot) slide.addImage({ ...at, data: png(shot), altText: item.alt });
    }
  }
}

/**
 * A PowerPoint presentation of the deck: titles, text, lists, tables and
 * code as native, editable content; math and images PowerPoint cannot take
 * as pictures with their text as alt text; a slide with a construct
 * PowerPoint has no form for as one picture of itself.
 */
export async function writePptx(deck: PptxDeck): Promise<Uint8Array> {
  const { default: PptxClass } = (await import('pptxgenjs')) as unknown as { default: new () => PptxGenJS };
  const pptx = new PptxClass();
  pptx.defineLayout({ name: 'DECK', width: inches(deck.width), height: inches(deck.height) });
  pptx.layout = 'DECK';
  pptx.title = deck.title;
  pptx.author = deck.author ?? '';
  pptx.subject = deck.subject ?? '';
  pptx.company = '';
  pptx.theme = { headFontFace: deck.fonts.body, bodyFontFace: deck.fonts.body };
  const k = scaleOf(deck);
  for (const model of deck.slides) {
    const slide = pptx.addSlide();
    if (model.background) slide.background = { color: color(model.background) };
    const picture = deck.slidePictures.get(model.index);
    if (picture) {
      slide.addImage({ x: 0, y: 0, w: inches(deck.width), h: inches(deck.height), data: png(picture), altText: model.text });
    } else {
      if (model.backgroundImage) {
        const image = deck.readImage(model.backgroundImage);
        if (image) slide.addImage({ x: 0, y: 0, w: inches(deck.width), h: inches(deck.height), data: image.data, altText: '' });
      }
      for (const item of model.items) addItem(slide, item, deck, k);
    }
    if (model.number) {
      // In the slide's bottom right corner, where the deck shows it, inside the margins.
      slide.slideNumber = { x: inches(deck.width - 122), y: inches(deck.height - 40), w: inches(90), h: inches(28), align: 'right', color: color(model.number.color), fontFace: deck.fonts.body, fontSize: 12 };
    }
    if (model.notes) slide.addNotes(model.notes);
  }
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}
