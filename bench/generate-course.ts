import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A synthetic course for measuring: deterministic for the same sizes. */
export interface CourseSize {
  lectures: number;
  slides: number;
  facts: number;
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c63f8cfc0f01f0005000101ff89993d1d0000000049454e44ae426082',
  'hex',
);

/** A small deterministic generator (mulberry32), so that the same sizes give the same course. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS_EN = 'the committee decided that trial policy treaty people army party state minister congress report plan year city'.split(' ');
const WORDS_RU = 'комитет решил что процесс политика договор народ армия партия государство министр съезд доклад план год город'.split(' ');

function sentence(rand: () => number, words: string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(rand() * words.length)]!);
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');

function factsYaml(size: CourseSize, source: string): string {
  const lines: string[] = [];
  for (let i = 0; i < size.facts; i++) {
    const year = 1920 + (i % 20);
    const month = pad((i % 12) + 1, 2);
    const day = pad((i % 28) + 1, 2);
    const base = [`- id: fact-${pad(i)}`];
    const cite = [`  tags: [tag-${i % 10}]`, '  sources:', `    - source: ${source}`, `      quote: "passage ${i}"`];
    switch (i % 4) {
      case 0:
        lines.push(...base, '  type: event', `  title: {en: "Event number ${i}", ru: "Событие номер ${i}"}`, `  date: "${year}-${month}-${day}"`, ...cite);
        break;
      case 1:
        lines.push(...base, '  type: person', `  name: {en: "Person ${i}", ru: "Персона ${i}"}`, `  born: "${year - 40}"`, `  role: {en: "official", ru: "чиновник"}`, ...cite);
        break;
      case 2:
        lines.push(...base, '  type: figure', `  title: {en: "Figure ${i}", ru: "Число ${i}"}`, `  value: ${1000 * (i + 1)}`, '  approx: true', `  unit: {en: "people", ru: "человек"}`, ...cite);
        break;
      default:
        lines.push(...base, '  type: quote', `  text: "Цитата номер ${i}"`, '  lang: ru', `  translations: {en: "Quote number ${i}"}`, ...cite);
    }
  }
  return lines.join('\n') + '\n';
}

function outline(size: CourseSize, lecture: number, lang: 'en' | 'ru'): string {
  const rand = random(lecture * 2 + (lang === 'en' ? 0 : 1) + 1);
  const words = lang === 'en' ? WORDS_EN : WORDS_RU;
  const fact = (k: number) => `fact-${pad(((lecture + k) * 4) % size.facts)}`; // an event: ids that are multiples of 4
  const parts = [`---\ntitle: "${lang === 'en' ? 'Lecture' : 'Лекция'} ${lecture + 1}"\nsubtitle: "${sentence(rand, words, 4)}"\n---\n`];
  for (let s = 0; s < size.slides; s++) {
    if (s % 10 === 0) parts.push(`# ${sentence(rand, words, 3)}\n`);
    parts.push(`## ${sentence(rand, words, 4)}\n`);
    const kind = s % 6;
    if (kind === 0) {
      for (let i = 0; i < 4; i++) parts.push(`- ${sentence(rand, words, 6)} {{date "${fact(s + i * 0)}"}}`);
      parts.push('');
    } else if (kind === 1) {
      parts.push('| A | B |\n|---|---|', ...[0, 1, 2].map((i) => `| ${sentence(rand, words, 2)} | {{fact "${fact(s + i)}"}} |`), '');
    } else if (kind === 2) {
      parts.push(`{{quote "${`fact-${pad(((lecture * 7 + s) * 4 + 3) % size.facts)}`}"}}\n`);
    } else if (kind === 3) {
      parts.push(`{{timeline tag="tag-${(s % 5) * 2}" from="1920" to="1939"}}\n`);
    } else if (kind === 4) {
      parts.push(`${sentence(rand, words, 12)} {{name "fact-${pad(((lecture + s) * 4 + 1) % size.facts)}"}} {{cite "${fact(s)}"}}\n\n. . .\n\n${sentence(rand, words, 10)}\n`);
    } else {
      parts.push(`::: columns\n::: {.column width="40%"}\n![figure](images/dot.png){width="160" height="120"}\n:::\n::: {.column width="60%"}\n${sentence(rand, words, 14)} {{figure "fact-${pad(((lecture + s) * 4 + 2) % size.facts)}"}}\n:::\n:::\n`);
    }
    parts.push(`::: notes\n${sentence(rand, words, 25)}\n\n${sentence(rand, words, 25)}\n:::\n`);
  }
  return parts.join('\n');
}

/** Writes a course of the given size into `dir` (emptied first). */
export function generateCourse(dir: string, size: CourseSize): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'facts'), { recursive: true });
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'images/dot.png'), PNG);
  writeFileSync(
    join(dir, 'course.yaml'),
    'title: {en: "A synthetic course", ru: "Синтетический курс"}\nauthor: "Bench"\nlanguages: [en, ru]\ntranslations: strict\n',
  );
  writeFileSync(join(dir, 'sources.yaml'), '- id: archive\n  title: {en: "An archive", ru: "Архив"}\n  language: en\n  kind: primary\n');
  writeFileSync(join(dir, 'facts/generated.yaml'), factsYaml(size, 'archive'));
  for (let l = 0; l < size.lectures; l++) {
    for (const lang of ['en', 'ru'] as const) writeFileSync(join(dir, `${pad(l + 1, 2)}-lecture.${lang}.md`), outline(size, l, lang));
  }
  return dir;
}
