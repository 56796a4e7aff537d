import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/load-course.js';
import type { Deck } from '../../src/outline/compile-lecture.js';
import { handoutCover, handoutTitle, lectureDate, lectureNumber } from '../../src/pdf/handout/handout-cover.js';

const deck = (lang: string, title: string): Deck =>
  ({ lectureId: '02-security', lang, title, author: 'A. Lecturer', date: '2026-03-03', slides: [] }) as unknown as Deck;

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
    ['de', 'Kollektive Sicherheit', 'Vorlesung 2: Kollektive Sicherheit — Handout für Lehrende', 'Vorlesung 2: Kollektive Sicherheit — Handout für Studierende', '3. März 2026'],
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

  it('keeps a date that is not ISO as written, and escapes what it prints', () => {
    expect(lectureDate('Spring term, week 3', 'en')).toBe('Spring term, week 3');
    expect(handoutCover(course, deck('en', '<b>Bold</b> & co'), 1, 'student')).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; co');
  });
});
