
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const GERMAN_FACTS = `- id: first-trial
  type: event
  title: {en: "The first Moscow trial", ru: "Первый московский процесс", de: "Der erste Moskauer Prozess"}
  date: {from: "1936-08-19", to: "1936-08-24"}
  sources:
    - source: chronicle
      quote: "The first open trial took place in August 1936"
- id: arrests
  type: figure
  title: {en: "Arrests", ru: "Аресты", de: "Verhaftungen"}
  value: 30000
  approx: true
  unit: {en: "people", ru: "человек", de: "Menschen"}
  sources:
    - source: chronicle
      quote: "About 30,000 people were said to have been arrested"
- id: zinoviev
  type: person
  name: {en: "Grigory Zinoviev", ru: "Григорий Зиновьев"}
  sources:
    - source: chronicle
      quote: "Zinoviev and Kamenev were tried in Moscow"
`;

function germanCourse(translations: string) {
  return miniCourseWith({
    'course.yaml': `title: {en: "A mini course", ru: "Мини-курс", de: "Ein Minikurs"}\nlanguages: [en, ru, de]\ntranslations: ${translations}\nsourceTexts: [texts]\n`,
    'facts/trials.yaml': GERMAN_FACTS,
    '01-demo.en.md': '---\ntitle: T\n---\n\n## A\n\n{{fact "first-trial"}}\n',
    '01-demo.ru.md': '---\ntitle: T\n---\n\n## A\n\n{{fact "first-trial"}}\n',
    '01-demo.de.md': '---\ntitle: Die Prozesse\n---\n\n## A\n\n{{fact "first-trial"}}, {{date "first-trial"}}: {{figure "arrests"}}; {{name "zinoviev"}}\n',
  });
}

describe('a third language', () => {
  it('formats dates and numbers for German, and falls back with a warning when allowed', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['build', germanCourse('fallback'), '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/01-demo\.de\.md:7:\d+ warning the name of "zinoviev" has no "de" text/);
    const html = readFileSync(join(out, 'de/01-demo/index.html'), 'utf8');
    expect(html).toContain('Der erste Moskauer Prozess</span>, <span class="fact" data-fact="first-trial"><span class="nowrap">19.–24.\u00a0August\u00a01936</span></span>');
    expect(html).toContain('etwa\u00a030.000\u00a0Menschen');
    expect(html).toContain('Grigory Zinoviev');
    expect(html).toContain('<h2>Quellen</h2>');
  });

  it('makes a missing translation an error when translations are strict', () => {
    const result = runCli(['build', germanCourse('strict'), '--out', join(tempDir(), 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/01-demo\.de\.md:7:\d+ error the name of "zinoviev" has no "de" text/);
  });
});

