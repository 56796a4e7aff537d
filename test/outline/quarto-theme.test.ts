import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';
import { compileLecture } from '../../src/outline/compile-lecture.js';
import { readOutline } from '../../src/outline/read-outline.js';
import { MINI_COURSE } from '../helpers/paths.js';
import { miniCourse } from '../helpers/render-outline.js';

/** Compiles a one-slide outline with this front matter (after its title line), course.yaml's format options as given. */
async function compile(frontMatter: string, courseFormat?: Record<string, unknown>) {
  const c = await miniCourse();
  const diagnostics = new Diagnostics();
  const outline = readOutline(join(MINI_COURSE, 'fixture.en.md'), `---\ntitle: Fixture\n${frontMatter}---\n\n## A slide\n`, diagnostics, 'en')!;
  const config = courseFormat ? { ...c.config, format: courseFormat } : c.config;
  const deck = outline && compileLecture(outline, { root: c.root, config, store: c.store, diagnostics });
  return { deck, found: diagnostics.sorted().map((d) => `${d.start.line}:${d.start.column} ${d.ruleId} ${d.message}`) };
}

describe("Quarto's theme option", () => {
  it('takes a Quarto theme named at the top level, over Lectern`s own theme', async () => {
    const { deck, found } = await compile('theme: dark\n');
    expect(found).toEqual([]);
    expect(deck!.theme).toBe('lectern');
    expect(deck!.palette).toBe('dark');
  });

  it('takes the theme under format: revealjs:, and course.yaml`s as the default', async () => {
    expect((await compile('format:\n  revealjs:\n    theme: moon\n')).deck!.palette).toBe('moon');
    expect((await compile('', { revealjs: { theme: 'sky' } })).deck!.palette).toBe('sky');
    expect((await compile('format:\n  revealjs:\n    theme: moon\n', { revealjs: { theme: 'sky' } })).deck!.palette).toBe('moon');
    expect((await compile('theme: lectern\n')).deck!.palette).toBeUndefined();
  });

  it('applies the Quarto theme of a list and warns about its Sass file, at the file`s place', async () => {
    const { deck, found } = await compile('format:\n  revealjs:\n    theme: [default, custom.scss]\n');
    expect(deck!.palette).toBe('default');
    expect(found).toEqual(['5:22 theme-file theme file "custom.scss" is not applied: Lectern does not compile Quarto\'s Sass themes']);
  });

  it('warns about a theme file at the top level and a name that is no Quarto theme, keeping Lectern`s look', async () => {
    const top = await compile('theme: custom.scss\n');
    expect(top.deck!.theme).toBe('lectern');
    expect(top.deck!.palette).toBeUndefined();
    expect(top.found).toEqual(['3:8 theme-file theme file "custom.scss" is not applied: Lectern does not compile Quarto\'s Sass themes']);
    const unknown = await compile('format:\n  revealjs:\n    theme: neon\n');
    expect(unknown.deck!.palette).toBeUndefined();
    expect(unknown.found).toEqual(['5:12 unknown-theme "neon" is not one of Quarto\'s themes: the deck keeps Lectern\'s look']);
  });
});
