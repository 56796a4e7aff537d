import { describe, expect, it } from 'vitest';
import { miniCourseWith } from '../helpers/course-files.js';
import { runCli } from '../helpers/run-cli.js';

describe('bibliography problems are reported where they stand', () => {
  it('a broken BibTeX entry, at its line and column, with a hint', () => {
    const course = miniCourseWith({ 'sources.bib': '@book{good-one,\n  title = {Fine},\n}\n\n@book{broken,\n  title = {Never closed\n' });
    const result = runCli(['check', course]);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/sources\.bib:7:1 error sources\.bib cannot be read: .*\[bibliography\]/);
    expect(result.stdout + result.stderr).toContain('check the braces and commas');
  });

  it('a BibTeX key that facts cannot name, with the key to use instead', () => {
    const course = miniCourseWith({ 'sources.bib': '\n@book{Conquest:1990,\n  title = {The Great Terror},\n}\n' });
    const result = runCli(['check', course]);
    expect(result.stdout + result.stderr).toMatch(/sources\.bib:2:1 error the key "Conquest:1990" cannot be cited.*\[bibliography\]/);
    expect(result.stdout + result.stderr).toContain('"conquest-1990"');
  });

  it('a source defined in sources.yaml and again in sources.json', () => {
    const course = miniCourseWith({ 'sources.json': '[{"id": "chronicle", "type": "book", "title": "Again"}]' });
    const result = runCli(['check', course]);
    expect(result.stdout + result.stderr).toMatch(/sources\.json:1:\d+ error source "chronicle" is defined twice \[duplicate-id\]/);
  });

  it('an unknown citation style in course.yaml, at the field, naming the built-in styles', () => {
    const course = miniCourseWith({ 'course.yaml': 'title: T\nlanguages: [en]\ncitationStyle: {en: apa}\n' });
    const result = runCli(['check', course]);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/course\.yaml:3:\d+ error unknown citation style "apa" \[citation-style\]/);
    expect(result.stdout + result.stderr).toContain('chicago-author-date, gost-r-7-0-5-2008-numeric, din-1505-2');
  });
});
