import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { check } from '../../src/check.js';
import { courseWithPeople, miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE, tempDir } from '../helpers/paths.js';

/** The <dt>…</dd> of one entry of a course page. */
function entry(html: string, id: string): string {
  const start = html.indexOf(`<dt id="${id}">`);
  expect(start, id).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</dd>', start));
}

describe('the people page', () => {
  it('says what each person was (role:), in the page\'s language', async () => {
    const out = join(tempDir(), 'out');
    await build({ course: miniCourseWith(), out, langs: ['en', 'ru'] });
    expect(entry(readFileSync(join(out, 'en/people.html'), 'utf8'), 'zinoviev')).toContain('<p class="role">Bolshevik leader</p>');
    expect(entry(readFileSync(join(out, 'ru/people.html'), 'utf8'), 'zinoviev')).toContain('<p class="role">большевистский деятель</p>');
  });
});

describe('people linked to facts', () => {
  it('the fact index names the people of a fact, the people page the facts of a person', async () => {
    const out = join(tempDir(), 'out');
    await build({ course: courseWithPeople(), out, langs: ['en'] });
    const facts = readFileSync(join(out, 'en/facts.html'), 'utf8');
    const people = readFileSync(join(out, 'en/people.html'), 'utf8');
    expect(entry(facts, 'first-trial')).toContain('<p class="people">People: <a href="people.html#zinoviev">Grigory Zinoviev</a></p>');
    // A quote's speaker links it to the person too.
    expect(entry(facts, 'trial-quote')).toContain('<a href="people.html#zinoviev">Grigory Zinoviev</a>');
    expect(entry(facts, 'arrests')).not.toContain('class="people"');
    expect(entry(people, 'zinoviev')).toContain(
      '<p class="involved">Involved in: <a href="facts.html#first-trial">The first Moscow trial</a>; <a href="facts.html#trial-quote">',
    );
  });

  it('timeline and facts select by person', async () => {
    const out = join(tempDir(), 'out');
    await build({ course: courseWithPeople('{{timeline person="zinoviev"}}\n\n{{#each (facts person="zinoviev")}}\n- {{id}}\n{{/each}}'), out, langs: ['en'] });
    const deck = readFileSync(join(out, 'en/01-demo/index.html'), 'utf8');
    expect([...deck.matchAll(/class="timeline-item" data-fact="([^"]+)"/g)].map((m) => m[1])).toEqual(['first-trial']);
    expect([...deck.matchAll(/<li>([a-z-]+)<\/li>/g)].map((m) => m[1])).toEqual(['first-trial', 'trial-quote']);
  });

  it('a people: entry that names no person is an error at its place; a misspelt timeline person too', async () => {
    const facts = readFileSync(join(MINI_COURSE, 'facts/trials.yaml'), 'utf8').replace('  tags: [trials]\n', '  tags: [trials]\n  people: [zinovev, arrests]\n');
    const course = miniCourseWith({ 'facts/trials.yaml': facts, '01-demo.en.md': '---\ntitle: P\n---\n\n## A\n\n{{timeline person="zinovev"}}\n' });
    const { diagnostics } = await check({ course });
    const errors = diagnostics.sorted().filter((d) => d.severity === 'error').map((d) => `${d.file.slice(course.length + 1)}:${d.start.line}:${d.start.column} ${d.message}`);
    expect(errors).toEqual([
      '01-demo.en.md:7:1 unknown fact "zinovev" — did you mean "zinoviev"?',
      'facts/trials.yaml:6:12 unknown person "zinovev" — did you mean "zinoviev"?',
      'facts/trials.yaml:6:21 "arrests" is a figure, not a person',
    ]);
  });
});
