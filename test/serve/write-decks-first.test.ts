import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveEvent } from '../../src/serve/live-event.js';
import type { RebuildReport } from '../../src/watch/live-site.js';
import { fullBuild, openSite } from '../helpers/live-course.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

/** A live site whose rebuilds write the decks first; `early` holds what each rebuild reported then, with the fact index on disk at that moment. */
async function openEager(files: Record<string, string> = {}) {
  const early: Array<{ report: RebuildReport; facts: string }> = [];
  let outDir = '';
  const opened = await openSite(files, { onDecks: (report) => early.push({ report, facts: readFileSync(join(outDir, 'en/facts.html'), 'utf8') }) });
  outDir = opened.site.outDir;
  return { ...opened, early };
}

describe('deck pages written ahead of the course pages', () => {
  it('a heading edit writes its deck page first, under a version of its own, then the fact index and the search index', async () => {
    const { course, site, edit, early } = await openEager();
    const factsBefore = readFileSync(join(site.outDir, 'en/facts.html'), 'utf8');
    const version = site.version;
    const report = await edit('01-demo.en.md', (t) => t.replace('## Columns', '## Columns, revised'));

    expect(early).toHaveLength(1);
    expect(early[0]!.report).toMatchObject({ ok: true, recompiled: ['01-demo.en.md'], written: ['en/01-demo/index.html'], version: version + 1 });
    // When the deck is announced, the fact index is still the old one: it comes with the second version.
    expect(early[0]!.facts).toBe(factsBefore);
    expect(report).toMatchObject({
      ok: true,
      written: ['en/01-demo/index.html', 'en/facts.html', 'en/search-index.js'],
      version: version + 2,
      decksFirst: { written: ['en/01-demo/index.html'], version: version + 1 },
    });
    expect(readFileSync(join(site.outDir, 'en/facts.html'), 'utf8')).toContain('#/columns-revised');
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));

    // The pages are told of each file once: the deck by the first event, the course pages by the second.
    expect(liveEvent(early[0]!.report, course)).toMatchObject({ version: version + 1, files: ['en/01-demo/index.html'] });
    expect(liveEvent(report, course)).toMatchObject({ version: version + 2, files: ['en/facts.html', 'en/search-index.js'] });
  });

  it('after each kind of edit the output is what a clean build makes, byte for byte', async () => {
    const { course, site, edit, early } = await openEager();
    const edits: Array<[string, (t: string) => string]> = [
      ['01-demo.en.md', (t) => t.replace('## Columns', '## Columns, revised')],
      ['01-demo.en.md', (t) => t.replace('## Columns, revised', '## Columns\n\nA new line.')],
      ['01-demo.ru.md', (t) => t.replace(/^## /m, '## Новый слайд\n\nТекст.\n\n## ')],
      ['01-demo.en.md', (t) => t.replace(/\n## Columns[\s\S]*?\n---\n/, '\n')],
      ['02-terms.en.md', (t) => `${t}\n## Numbers\n\n{{fact "arrests"}}\n`],
      ['facts/trials.yaml', (t) => t.replace('value: 30000', 'value: 31000')],
      // What every slide shows: the lecture's title, the course's.
      ['01-demo.en.md', (t) => t.replace('title: "The Moscow trials"', 'title: "The trials of Moscow"')],
      ['02-terms.en.md', (t) => t.replace('title: "Terms"', 'title: "Words"')],
    ];
    for (const [file, change] of edits) {
      const before = early.length;
      const report = await edit(file, change);
      expect(report.ok).toBe(true);
      expect(early.length).toBe(before + 1);
      expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
    }
  });

  it('course pages that give way to more changes are made by the next rebuild, even one of changes that are nothing to the course', async () => {
    const { course, site, early } = await openEager();
    const factsBefore = readFileSync(join(site.outDir, 'en/facts.html'), 'utf8');
    const outline = join(course, '01-demo.en.md');
    writeFileSync(outline, readFileSync(outline, 'utf8').replace('## Columns', '## Columns, revised'));
    let asked = 0;
    const report = (await site.rebuild([{ path: outline, event: 'change' }], { onDecks: () => {}, interrupted: () => ++asked > 0 }))!;
    expect(asked).toBe(1);
    expect(report).toMatchObject({ ok: true, written: ['en/01-demo/index.html'], pagesFollow: true });
    expect(readFileSync(join(site.outDir, 'en/facts.html'), 'utf8')).toBe(factsBefore);

    const next = (await site.rebuild([{ path: join(course, 'notes.txt'), event: 'add' }]))!;
    expect(next).toMatchObject({ ok: true, written: ['en/facts.html', 'en/search-index.js'] });
    expect(next.pagesFollow).toBeUndefined();
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
    expect(await site.rebuild([{ path: join(course, 'notes.txt'), event: 'change' }])).toBeUndefined();
    expect(early).toEqual([]);
  });

  it('a deck showing an image new to the output, or a new deck, is written with the whole output', async () => {
    const { course, site, edit, early } = await openEager();
    writeFileSync(join(course, 'images/new.png'), readFileSync(join(course, 'images/dot.png')));
    const image = await edit('02-terms.en.md', (t) => `${t}\n## Picture\n\n![a new dot](images/new.png)\n`);
    expect(image.written).toContain('images/new.png');
    expect(image.decksFirst).toBeUndefined();
    const added = await edit('03-more.en.md', () => '---\ntitle: "More"\n---\n\n## More\n\nText.\n', 'add');
    expect(added.written).toContain('en/03-more/index.html');
    expect(added.decksFirst).toBeUndefined();
    expect(early).toEqual([]);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('a course page that fails after the decks went first is reported like any rebuild error, and caught up once fixed', async () => {
    const facts = readFileSync(join(import.meta.dirname, '../../templates/facts.hbs'), 'utf8');
    const { course, site, edit, early } = await openEager({ 'templates/facts.hbs': facts });
    // A helper that throws only on a fact used on a slide titled so.
    writeFileSync(join(course, 'templates/facts.hbs'), `{{#each groups}}{{#each facts}}{{#each uses}}{{#if (eq slideId "boom")}}{{lookup}}{{/if}}{{/each}}{{/each}}{{/each}}\n${facts}`);
    const template = await site.rebuild([{ path: join(course, 'templates/facts.hbs'), event: 'change' }], {});
    expect(template?.ok).toBe(true);

    const broken = await edit('02-terms.en.md', (t) => t.replace('## A term', '## Boom'));
    expect(early.map((e) => e.report.written)).toEqual([['en/02-terms/index.html']]);
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.sorted().some((d) => d.file === join(course, 'templates/facts.hbs'))).toBe(true);

    const fixed = await edit('02-terms.en.md', (t) => t.replace('## Boom', '## A term, fixed'));
    expect(fixed.ok).toBe(true);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });
});
