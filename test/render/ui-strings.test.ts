import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/facts/words.js';
import { siteWords } from '../../src/site/site-words.js';
import { handoutWords } from '../../src/pdf/handout/handout-words.js';
import { BUILTIN_TEMPLATES } from '../../src/render/template-registry.js';

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : [],
  );
}

/** The words a template writes itself: what is left once Handlebars expressions, tags and entities are taken out. */
export function literalWords(template: string): string[] {
  const text = template
    .replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, ' ')
    .replace(/\{\{\{?[\s\S]*?\}?\}\}/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
  return text.match(/\p{L}[\p{L}\p{N}.'-]*/gu) ?? [];
}

/** Every string of a language's words, by key ("types.event"). */
function flatten(value: object, prefix = ''): Array<[string, string]> {
  return Object.entries(value).flatMap(([k, v]) => (typeof v === 'object' ? flatten(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]]));
}

describe('UI strings', () => {
  it('no built-in template writes words of its own: every label comes from the translated words', () => {
    const found = templates(BUILTIN_TEMPLATES).flatMap((file) =>
      literalWords(readFileSync(file, 'utf8')).map((w) => `${relative(BUILTIN_TEMPLATES, file)}: ${w}`),
    );
    expect(found).toEqual([]);
  });

  it('finds a label left in a template', () => {
    expect(literalWords('<a href="{{x}}">slides.pdf</a> · {{words.handout}}')).toEqual(['slides.pdf']);
  });

  it.each([
    ['ru', []],
    ['de', []],
    ['es', []],
    // Words these languages spell as English does.
    ['it', ['menu']],
    ['fr', ['sources', 'notes', 'page', 'figure', 'types.document', 'typeGroups.document', 'menu', 'date']],
  ])('every label of the decks, the site and the handouts has a %s translation, none left in English', (lang, same) => {
    for (const table of [words, siteWords, handoutWords]) {
      const english = new Map(flatten(table('en')));
      const untranslated = flatten(table(lang)).filter(([key, value]) => /\p{L}/u.test(value) && english.get(key) === value && !same.includes(key));
      expect(untranslated).toEqual([]);
      expect(flatten(table(lang)).map(([k]) => k)).toEqual([...english.keys()]);
    }
  });
});
