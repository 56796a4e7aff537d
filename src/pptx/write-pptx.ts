import type Pptx from 'pptxgenjs';

// pptxgenjs is a CommonJS module whose types are written as ESM: its class is the module's default.
type PptxGenJS = InstanceType<typeof Pptx.default>;
type TextProps = Pptx.default.TextProps;
type TextPropsOptions = Pptx.default.TextPropsOptions;
type Slide = Pptx.default.Slide;
import type { Box, Item, Paragraph, Run, SlideModel } from './slide-model.js';

/** The deck's pixels to PowerPoint's inches (96 px to the inch, as in CSS). */
const inches = (px: number) => Math.round((px / 96) * 1000) / 1000;
/** CSS pixels to points. */
const points = (px: number) => Math.round(px * 0.75 * 10) / 10;
const color = (css: string) => css.replace('#', '').toUpperCase();
const place = (box: Box) => ({ x: inches(box.x), y: inches(box.y), w: inches(Math.max(box.w, 1)), h: inches(Math.max(box.h, 1)) });

export interface DeckFonts {
  body: string;
  mono: string;
}

export interface PptxDeck {
  title: string;
  author?: string;
  subject?: string;
  lang: string;
  width: number;
  height: number;
  fonts: DeckFonts;
  slides: SlideModel[];
  /** The PNG of each screenshot (`shot` numbers), and of each slide exported as a picture. */
  shots: Map<number, Uint8Array>;
  slidePictures: Map<number, Uint8Array>;
  /** An image's bytes, from its URL in the page. */
  readImage(url: string): { data: string } | undefined;
}

const png = (bytes: Uint8Array) => `image/png;base64,${Buffer.from(bytes).toString('base64')}`;

function textRuns(paragraphs: Paragraph[], fonts: DeckFonts, lang: string): TextProps[] {
  const props: TextProps[] = [];
  paragraphs.forEach((paragraph, p) => {
    const runs: Run[] = paragraph.runs.length ? paragraph.runs : [{ text: ' ', color: '#000000', size: 16 }];
    runs.forEach((run, r) => {
      const last = r === runs.length - 1;
      const options: TextPropsOptions = {
        fontFace: run.mono ? fonts.mono : fonts.body,
        color: color(run.color),
        lang,
        ...(run.size ? { fontSize: points(run.size) } : {}),
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italic: true } : {}),
        ...(run.underline ? { underline: { style: 'sng' } } : {}),
        ...(run.sup ? { superscript: true } : {}),
        ...(run.sub ? { subscript: true } : {}),
        ...(run.link ? { hyperlink: { url: run.link } } : {}),
      };
      if (r === 0) {
        options.align = paragraph.align;
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

function addItem(slide: Slide, item: Item, deck: PptxDeck): void {
  const at = place(item.box);
  switch (item.kind) {
    case 'text':
      slide.addText(textRuns(item.paragraphs, deck.fonts, deck.lang), {
        ...at,
        margin: 0,
        valign: 'top',
        // A title set in a wider fallback font shrinks rather than running over the body.
        fit: item.role === 'title' ? 'shrink' : 'none',
        wrap: true,
        ...(item.fill ? { fill: { color: color(item.fill) } } : {}),
      });
      return;
    case 'table': {
      const rows = item.rows.map((row) =>
        row.map((cell) => ({
          text: textRuns([{ runs: cell.runs, level: 0, align: 'left' }], deck.fonts, deck.lang),
          options: { bold: cell.header, ...(cell.fill ? { fill: { color: color(cell.fill) } } : {}) },
        })),
      );
      slide.addTable(rows, { ...at, colW: item.columns.map(inches), border: { type: 'solid', pt: 0.5, color: 'BBBBBB' }, margin: 0.04, autoPage: false });
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
      for (const item of model.items) addItem(slide, item, deck);
    }
    if (model.number) {
      // In the slide's bottom right corner, where the deck shows it.
      slide.slideNumber = { x: inches(deck.width - 110), y: inches(deck.height - 40), w: inches(90), h: inches(28), align: 'right', color: color(model.number.color), fontFace: deck.fonts.body, fontSize: 12 };
    }
    if (model.notes) slide.addNotes(model.notes);
  }
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}
