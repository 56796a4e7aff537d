import type { Page } from 'puppeteer-core';
import type { Course } from '../../course/load-course.js';
import { textOr } from '../../facts/format-fact.js';
import { words } from '../../facts/words.js';
import type { Deck } from '../../outline/compile-lecture.js';
import { handoutCover, lectureNumber, type HandoutVariant } from './handout-cover.js';
import { handoutWords } from './handout-words.js';
import { layOutHandout, type HandoutLayout, type LayoutRequest } from './lay-out-handout.js';
import type { Paper } from './paper.js';
import { printInParts, type PrintLimits } from '../print-in-parts.js';

export interface HandoutSettings {
  perPage: 1 | 3 | 6;
  paper: Paper;
  facts: 'compact' | 'full' | 'none';
  backgrounds: 'light' | 'keep';
}

/** The handout settings: the command's options over course.yaml's. */
export function handoutSettings(course: Course, options: Partial<HandoutSettings>): HandoutSettings {
  const defaults = course.config.handout;
  return {
    perPage: options.perPage ?? defaults.perPage,
    paper: options.paper ?? defaults.paper,
    facts: options.facts ?? defaults.facts,
    backgrounds: options.backgrounds ?? defaults.backgrounds,
  };
}

export interface PrintedHandout {
  /** The handout's PDF, printed in parts when it is long (see printInParts). */
  parts: Uint8Array[];
  layout: HandoutLayout;
}

/**
 * Prints the deck open in `page` as a handout. `firstPage` numbers the pages
 * on from an earlier part (a course reader), without "of N".
 */
export async function printHandout(
  page: Page,
  course: Course,
  deck: Deck,
  variant: HandoutVariant,
  settings: HandoutSettings,
  limits: PrintLimits,
  firstPage?: number,
): Promise<PrintedHandout> {
  const w = words(deck.lang);
  const hw = handoutWords(deck.lang);
  const number = lectureNumber(course, deck.lectureId);
  const request: LayoutRequest = {
    ...settings,
    notes: variant === 'lecturer',
    cover: handoutCover(course, deck, number, firstPage === undefined ? variant : undefined),
    header: { left: textOr(course.config.title, deck.lang, course.config.languages[0]!), right: `${hw.lecture} ${number}: ${deck.title}` },
    footer: firstPage === undefined ? { page: w.page, of: w.of } : { page: '' },
    firstPage,
    labels: { slide: hw.slide, slides: hw.slides, contents: hw.contents, continued: hw.continued, disputed: w.disputed, lq: w.lq, rq: w.rq },
  };
  const layout = await layOutHandout(page, request);
  return { parts: await printInParts(page, '.handout .sheet', limits), layout };
}
