import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { runCli } from '../helpers/run-cli.js';

function checkWithLanguages(languages: string) {
  const course = miniCourseWith();
  const file = join(course, 'course.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^languages: .*$/m, `languages: ${languages}`));
  return runCli(['check', course]);
}

describe('the languages of course.yaml', () => {
  it('reject a code that names no language, at its place', () => {
    const result = checkWithLanguages('[en, ru, xx]');
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/course\.yaml:3:\d+ error languages: "xx" is not a language code: expected a BCP 47 code such as "en", "de" or "pt-BR"/);
  });

  it('warn that the labels of a language without Lectern\'s words fall back to English', () => {
    const result = checkWithLanguages('[en, ru, nl]');
    const out = result.stdout + result.stderr;
    expect(out).toMatch(/course\.yaml:3:\d+ warning Lectern has no words of its own in "nl": its labels \(Sources, Slide, Page, …\) fall back to English \[untranslated-language\]/);
    expect(out).not.toMatch(/no words of its own in "(en|ru)"/);
  });

  it.each(['es', 'it', 'fr', 'de'])('do not warn about %s, which Lectern has its words in', (lang) => {
    const result = checkWithLanguages(`[en, ${lang}]`);
    expect(result.stdout + result.stderr).not.toMatch(/untranslated-language/);
  });
});

describe('a lecture missing in a language of the course', () => {
  it('is a warning at its outline, naming the language, unless only the other languages are built', () => {
    const course = miniCourseWith({ '02-extra.en.md': '---\ntitle: Extra\n---\n\n## Only English\n\nText.\n' });
    const all = runCli(['check', course]);
    expect(all.stdout + all.stderr).toMatch(/02-extra\.en\.md:1:1 warning lecture "02-extra" has no outline in "ru": the "ru" pages list it as missing \[missing-lecture\]/);
    expect(all.stdout + all.stderr).not.toMatch(/"01-demo" has no outline/);
    const english = runCli(['check', course, '--lang', 'en']);
    expect(english.stdout + english.stderr).not.toMatch(/missing-lecture/);
  });
});
