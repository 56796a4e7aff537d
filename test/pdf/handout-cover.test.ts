import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/load-course.js';
import type { Deck } from '../../src/outline/compile-lecture.js';
import { handoutCover, handoutTitle, lectureDate, lectureNumber } from '../../src/pdf/handout/handout-cover.js';
import { renderOutlineBody } from '../helpers/render-outline.js';

const deck = (lang: string, title: string, lecturer: string | null = 'A. Lecturer'): Deck =>
  ({ lectureId: '02-security', lang, title, author: 'The example course', lecturer: lecturer ?? undefined, date: '2026-03-03', slides: [] }) as unknown as Deck;

const course = {
  config: { title: { en: 'The USSR in the 1930s', de: 'Die UdSSR in den 1930er Jahren' }, languages: ['en', 'de', 'ru'] },
  outlines: [{ lectureId: '02-security' }, { lectureId: '01-trials' }, { lectureId: '01-trials' }],
} as unknown as Course;

describe('handout titles and covers', () => {
  it('number a lecture by its place in the course', () => {
    expect(lectureNumber(course, '01-trials')).toBe(1);
    expect(lectureNumber(course, '02-security')).toBe(2);
  });

  it.each([
    ['en', 'Collective security', "Lecture 2: Collective security — lecturer's handout", 'Lecture 2: Collective security — student handout', '3 March 2026'],
    ['ru', 'Коллективная безопасность', 'Лекция 2: Коллективная безопасность — материалы лектора', 'Лекция 2: Коллективная безопасность — раздаточный материал для студентов', '3 марта 2026\u00a0г.'],
    ['de', 'Kollektive Sicherheit', 'Vorlesung 2: Kollektive Sicherheit – Handout für Lehrende', 'Vorlesung 2: Kollektive Sicherheit – Handout für Studierende', '3. März 2026'],
  ])('%s: titles the PDFs and dates the cover in the lecture\'s language', (lang, title, lecturer, student, date) => {
    expect(handoutTitle(deck(lang, title), 2, 'lecturer')).toBe(lecturer);
    expect(handoutTitle(deck(lang, title), 2, 'student')).toBe(student);
    // Dates keep their day and month together with a no-break space.
    expect(lectureDate('2026-03-03', lang)!.replace(/\s/g, ' ')).toBe(date.replace(/\s/g, ' '));
    const cover = handoutCover(course, deck(lang, title), 2, 'lecturer');
    expect(cover).toContain(`>${title}</h1>`);
    expect(cover).toContain('A. Lecturer');
    expect(cover).toContain(lectureDate('2026-03-03', lang));
  });

  it('names the lecturer, never the course\'s author, and leaves the line out when there is none', () => {
    expect(handoutCover(course, deck('en', 'Trials'), 1, 'lecturer')).toContain('<dt>Lecturer</dt><dd>A. Lecturer</dd>');
    const cover = handoutCover(course, deck('en', 'Trials', null), 1, 'lecturer');
    expect(cover).not.toContain('<dt>Lecturer');
    expect(cover).not.toContain('The example course');
  });

  it('keeps a date that is not ISO as written, and escapes what it prints', () => {
    expect(lectureDate('Spring term, week 3', 'en')).toBe('Spring term, week 3');
    expect(handoutCover(course, deck('en', '<b>Bold</b> & co'), 1, 'student')).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; co');
  });

  it('takes the lecturer from the front matter\'s lecturer or author, never from the course\'s author', async () => {
    // The mini course's course.yaml has an author and no lecturer.
    expect((await renderOutlineBody('## A\n')).deck!.lecturer).toBeUndefined();
    expect((await renderOutlineBody('## A\n', { frontMatter: 'author: "B. Author"\n' })).deck!.lecturer).toBe('B. Author');
    const both = await renderOutlineBody('## A\n', { frontMatter: 'author: "B. Author"\nlecturer: "Dr C. Lecturer"\n' });
    expect(both.deck!.lecturer).toBe('Dr C. Lecturer');
    expect(both.diagnostics.list.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
