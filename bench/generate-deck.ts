import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One deck, written twice with the same content: as a Lectern course (Quarto
 * syntax, `::: notes`) and as a Marp deck (`---` between slides, notes in
 * comments). Headings, paragraphs, lists, inline code, quotes, a table every
 * 10th slide, speaker notes on every slide, English and Russian text.
 */
export interface DeckFiles {
  /** The Lectern course folder. */
  course: string;
  /** Its outline. */
  outline: string;
  /** The Marp Markdown file. */
  marp: string;
}

const EN = 'The committee decided that the policy of the state required a new plan for the army and the party congress.';
const RU = 'Комитет решил, что политика государства требует нового плана для армии и съезда партии.';

interface Slide {
  title: string;
  body: string;
  notes: string;
}

function slide(i: number): Slide {
  const text = i % 2 ? RU : EN;
  const parts = [
    `${text} See \`report-${i}.txt\` and *the minutes* of **session ${i}**.`,
    ['- First point of the argument', '- Второй пункт: `plan`', '- Third point, with a [link](https://example.org/s' + i + ')'].join('\n'),
  ];
  if (i % 5 === 0) parts.push(`> ${RU}\n> — A delegate`);
  if (i % 10 === 0) parts.push(['| Year | Event | Count |', '|---|---|---:|', '| 1934 | Congress | 1,966 |', '| 1936 | Trial | 16 |', '| 1937 | Plenum | 1,200 |'].join('\n'));
  return { title: `Slide ${i}: ${i % 2 ? 'Съезд и план' : 'The plan and the congress'}`, body: parts.join('\n\n'), notes: `Speaker notes for slide ${i}. ${text}` };
}

export function generateDeck(dir: string, slides: number): DeckFiles {
  rmSync(dir, { recursive: true, force: true });
  const course = join(dir, 'course');
  mkdirSync(course, { recursive: true });
  const all = Array.from({ length: slides }, (_, i) => slide(i + 1));
  writeFileSync(join(course, 'course.yaml'), 'title: Benchmark\nlanguages: [en]\n');
  writeFileSync(join(course, 'sources.yaml'), '[]\n');
  const lectern = ['---', 'title: "Benchmark deck"', '---', '', ...all.map((s) => `## ${s.title}\n\n${s.body}\n\n::: notes\n${s.notes}\n:::\n`)];
  const outline = join(course, '01-bench.en.md');
  writeFileSync(outline, lectern.join('\n'));
  const marp = join(dir, 'deck.md');
  const marpSlides = all.map((s) => `## ${s.title}\n\n${s.body}\n\n<!-- ${s.notes} -->\n`);
  writeFileSync(marp, ['---', 'marp: true', 'title: Benchmark deck', '---', '', marpSlides.join('\n---\n\n')].join('\n'));
  return { course, outline, marp };
}
