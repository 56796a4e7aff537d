import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { REPO, tempDir } from '../helpers/paths.js';

async function deckHtml(frontMatter: string): Promise<string> {
  const course = miniCourseWith({ '01-demo.en.md': `---\ntitle: Menus\n${frontMatter}---\n\n## One\n\nText.\n` });
  const result = await build({ course, out: join(tempDir(), 'out'), langs: ['en'] });
  return readFileSync(join(result.outDir, 'en/01-demo/index.html'), 'utf8');
}

/** Two menus: reveal.js-menu's list of slides, asked for by `menu:`, and the site's own menu button, always there. */
describe('the menus of a deck', () => {
  it('have reveal.js-menu only when menu: asks for it, and the site menu either way', async () => {
    const without = await deckHtml('');
    expect(without).not.toContain('plugins/menu/menu.js');
    expect(without).toContain('class="deck-menu"');
    const asked = await deckHtml('format:\n  revealjs:\n    menu: true\n');
    expect(asked).toContain('plugins/menu/menu.js');
    expect(asked).toContain('class="deck-menu"');
  });

  it('are both described in the compatibility table', () => {
    const row = readFileSync(join(REPO, 'docs/authoring.md'), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('| `chalkboard`, `menu`'));
    expect(row).toMatch(/reveal\.js-menu.*only when `menu:` asks for it/);
    expect(row).toMatch(/Lectern's own menu button.*with or without `menu:`/);
  });
});
