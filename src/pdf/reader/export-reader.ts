import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Course } from '../../course/load-course.js';
import { textOr } from '../../facts/format-fact.js';
import { words } from '../../facts/words.js';
import type { Deck } from '../../outline/compile-lecture.js';
import type { BrowserSession } from '../browser-session.js';
import { finishPdfParts, type Bookmark } from '../finish-pdf.js';
import { printInParts } from '../print-in-parts.js';
import { lectureHeading, lectureNumber } from '../handout/handout-cover.js';
import { handoutWords } from '../handout/handout-words.js';
import { layOutHandout, type HandoutLayout } from '../handout/lay-out-handout.js';
import { handoutSettings, printHandout, type HandoutSettings } from '../handout/print-handout.js';
import { openPrintView } from '../open-print-view.js';
import { explainFailures, writePdfFile } from '../print-job.js';
import { readerBackMatter, readerContents, readerCover, type ContentsEntry } from './reader-matter.js';
import { courseAuthor } from '../../course/course-author.js';

export interface ReaderOptions extends Partial<HandoutSettings> {
  timeout?: number;
  date?: Date;
}

interface Part {
  parts: Uint8Array[];
  layout: HandoutLayout;
}

/**
 * The course reader of each language, output/<lang>/course-reader.pdf: a
 * cover, the contents, every lecture's student handout in order, then the
 * glossary, the people and one bibliography, numbered through.
 */
export async function exportReaders(session: BrowserSession, course: Course, decks: Deck[], outDir: string, options: ReaderOptions = {}): Promise<string[]> {
  const written: string[] = [];
  for (const lang of [...new Set(decks.map((d) => d.lang))].sort()) {
    const lectures = decks.filter((d) => d.lang === lang).sort((a, b) => a.lectureId.localeCompare(b.lectureId));
    written.push(await exportReader(session, course, lectures, outDir, options));
  }
  return written;
}

async function exportReader(session: BrowserSession, course: Course, lectures: Deck[], outDir: string, options: ReaderOptions): Promise<string> {
  const lang = lectures[0]!.lang;
  const timeout = options.timeout ?? 120_000;
  const settings = handoutSettings(course, options);
  const courseTitle = textOr(course.config.title, lang, course.config.languages[0]!);
  const back = readerBackMatter(course, lectures, lang);
  const what = `${lang}/course-reader.pdf`;
  // Any deck of the reader serves to print its front and back matter: it has the fonts and the handout's styles.
  const deckFile = (deck: Deck) => join(outDir, deck.lang, deck.lectureId, 'index.html');
  const print = <T>(deck: Deck, work: (page: Page) => Promise<T>) =>
    explainFailures(what, timeout, () =>
      session.withPage(async (page) => {
        await openPrintView(page, outDir, deckFile(deck), timeout, { media: 'print' });
        return work(page);
      }),
    );
  const printMatter = (cover: string, flows: string[], firstPage: number) =>
    print(lectures[0]!, async (page): Promise<Part> => {
      const layout = await layOutHandout(page, {
        ...settings,
        notes: false,
        cover,
        header: { left: courseTitle, right: handoutWords(lang).courseReader },
        footer: { page: '' },
        firstPage,
        labels: { slide: '', slides: '', contents: '', continued: '', disputed: '', lq: '', rq: '' },
        slides: false,
        flows,
      });
      return { parts: await printInParts(page, '.handout .sheet', { timeout }), layout };
    });

  // The contents take the same number of pages whatever the page numbers: count them first with blank ones.
  const titles = [...lectures.map((d) => lectureHeading(d, lectureNumber(course, d.lectureId))), ...back.map((b) => b.title)];
  const draft = await printMatter(readerCover(course, lang), [readerContents(lang, titles.map((title) => ({ title, page: 0 })))], 1);
  let next = draft.layout.pages + 1;
  const entries: ContentsEntry[] = [];
  const parts: Part[] = [];
  for (const deck of lectures) {
    entries.push({ title: titles[entries.length]!, page: next });
    const part = await print(deck, (page) => printHandout(page, course, deck, 'student', settings, { timeout }, next));
    parts.push(part);
    next += part.layout.pages;
  }
  if (back.length) {
    const part = await printMatter('', back.map((b) => b.html), next);
    back.forEach((b, i) => entries.push({ title: b.title, page: next + part.layout.flowStarts[i]! }));
    parts.push(part);
  }
  const front = await printMatter(readerCover(course, lang), [readerContents(lang, entries)], 1);
  if (front.layout.pages !== draft.layout.pages) throw new Error(`the contents of ${what} changed length once numbered`);

  const marks: Bookmark[] = [
    { title: handoutWords(lang).contents, page: 1 },
    ...entries.map((e) => ({ title: e.title, page: e.page - 1 })),
  ];
  const pdf = await finishPdfParts([...front.parts, ...parts.flatMap((p) => p.parts)], {
    title: `${courseTitle}${words(lang).dash}${handoutWords(lang).courseReader}`,
    author: courseAuthor(course.config, lang),
    subject: courseTitle,
    lang,
    date: options.date,
  }, marks);
  return writePdfFile(join(outDir, lang, 'course-reader.pdf'), pdf);
}

