import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { LiveSite } from '../../src/watch/live-site.js';
import { fullBuild, openSite, SECOND } from '../helpers/live-course.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

describe('LiveSite', () => {
  it('builds what a one-off build makes, byte for byte', async () => {
    const { course, site } = await openSite();
    expect(site.last.ok).toBe(true);
    expect(site.last.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md', '02-terms.en.md']);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('does not rewrite an output that is already up to date', async () => {
    const { course, site } = await openSite();
    await site.close();
    const again = await LiveSite.open({ course, out: join(course, '..', 'output') });
    expect(again.last.written).toEqual([]);
    await again.close();
  });

  it('holds the output folder: a build into it meanwhile is refused with a clear message', async () => {
    const { course, site } = await openSite();
    const error = await build({ course, out: site.outDir }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^another lectern command is writing .*output \(its lock is .*\.output\.lock\)$/);
    await site.close();
    await build({ course, out: site.outDir });
  }, 120_000);

  it('writes the last good output again when the output folder was deleted', async () => {
    const { site, edit } = await openSite();
    const before = snapshotDir(site.outDir);
    await edit('01-demo.en.md', (t) => `${t}\n{{fact "nowhere"}}\n`);
    rmSync(site.outDir, { recursive: true });
    const report = (await site.rebuild([{ path: site.outDir, event: 'unlink' }]))!;
    expect(report.restored).toBe(true);
    expect(report.ok).toBe(false);
    expect(snapshotDir(site.outDir)).toEqual(before);
  });

  it('an edit of a slide\'s text writes its deck page and the search index only', async () => {
    const { edit } = await openSite();
    const report = await edit('01-demo.en.md', (t) => t.replace('## Columns', '## Columns\n\nA new line.'));
    expect(report.recompiled).toEqual(['01-demo.en.md']);
    expect(report.written).toEqual(['en/01-demo/index.html', 'en/search-index.js']);
  });

  it('an outline edit recompiles that lecture only and writes its page only', async () => {
    const { site, edit } = await openSite();
    const report = await edit('01-demo.en.md', (t) => t.replace('## Columns', '## Columns, revised'));
    expect(report.ok).toBe(true);
    expect(report.recompiled).toEqual(['01-demo.en.md']);
    // A new heading is a new slide id: the fact index links to it, the search finds it.
    expect(report.written).toEqual(['en/01-demo/index.html', 'en/facts.html', 'en/search-index.js']);
    expect(readFileSync(join(site.outDir, 'en/01-demo/index.html'), 'utf8')).toContain('Columns, revised');
    expect(readFileSync(join(site.outDir, 'en/facts.html'), 'utf8')).toContain('#/columns-revised');
  });

  it('after each outline edit in a course of several lectures, the output is what a clean build makes, byte for byte', async () => {
    const lecture = (n: number, lang: string) => `---\ntitle: "Lecture ${n} ${lang}"\n---\n\n## Trial ${n}\n\n{{fact "arrests"}}\n\n## Words ${n}\n\nPlain words ${n}.\n\n::: notes\nNotes ${n}.\n:::\n`;
    const { course, site, edit } = await openSite({ '03-third.en.md': lecture(3, 'en'), '03-third.ru.md': lecture(3, 'ru'), '04-fourth.en.md': lecture(4, 'en') });
    // A heading carrying a fact: its slide's id changes, which the fact index links to and the search finds.
    const heading = await edit('03-third.en.md', (t) => t.replace('## Trial 3', '## Trial 3, revised'));
    expect(heading.recompiled).toEqual(['03-third.en.md']);
    expect(heading.written).toEqual(['en/03-third/index.html', 'en/facts.html', 'en/search-index.js']);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
    // The text of a slide: the search finds the new words.
    const text = await edit('04-fourth.en.md', (t) => t.replace('Plain words 4.', 'Other words entirely.'));
    expect(text.written).toEqual(['en/04-fourth/index.html', 'en/search-index.js']);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
    // A slide added before the others moves every slide after it.
    const added = await edit('03-third.ru.md', (t) => t.replace('## Trial 3', '## First\n\nNew.\n\n## Trial 3'));
    expect(added.written).toEqual(['ru/03-third/index.html', 'ru/facts.html', 'ru/search-index.js']);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('a fact edit recompiles exactly the lectures that use the fact', async () => {
    const { course, site, edit } = await openSite();
    const arrests = await edit('facts/trials.yaml', (t) => t.replace('value: 30000', 'value: 31000'));
    expect(arrests.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md']);
    expect(arrests.written).toEqual(['en/01-demo/index.html', 'en/facts.html', 'en/search-index.js', 'ru/01-demo/index.html', 'ru/facts.html', 'ru/search-index.js']);

    const term = await edit('facts/trials.yaml', (t) => t.replace('A public trial staged', 'A trial staged'));
    expect(term.recompiled).toEqual(['02-terms.en.md']);
    expect(term.written).toContain('en/02-terms/index.html');
    expect(term.written).not.toContain('en/01-demo/index.html');
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('a fact added with a tag a timeline lists recompiles the lectures with that timeline', async () => {
    const { course, site, edit } = await openSite();
    const fact = '- id: second-trial\n  type: event\n  title: {en: "The second trial", ru: "Второй процесс"}\n  date: "1937-01"\n  tags: [trials]\n  sources:\n    - source: almanac\n      note: {en: "January 1937", ru: "январь 1937"}\n';
    const report = await edit('facts/more.yaml', () => fact, 'add');
    expect(report.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md']);
    expect(readFileSync(join(site.outDir, 'en/01-demo/index.html'), 'utf8')).toContain('The second trial');
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));

    const untagged = await edit('facts/more.yaml', (t) => t.replace('tags: [trials]', 'tags: [other]'));
    expect(untagged.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md']);
    const unused = await edit('facts/more.yaml', (t) => t.replace('The second trial', 'The 2nd trial'));
    expect(unused.recompiled).toEqual([]);
    expect(unused.written).toEqual(['en/facts.html', 'en/search-index.js']);
  });

  it('a source edit recompiles the lectures citing it; its text file too', async () => {
    const { site, edit } = await openSite();
    const almanac = await edit('sources.yaml', (t) => t.replace('title: "An almanac"', 'title: "The almanac"'));
    expect(almanac.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md', '02-terms.en.md']);
    const chronicle = await edit('texts/chronicle.txt', (t) => `${t}\nMore text.\n`);
    expect(chronicle.changes).toEqual([{ path: join(site.root, 'texts/chronicle.txt'), kind: 'source-text' }]);
    expect(chronicle.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md']);
    expect(chronicle.written).toEqual([]);
  });

  it('keeps the last good output while the course has errors, and catches up once they are fixed', async () => {
    const { course, site, edit } = await openSite();
    const good = snapshotDir(site.outDir);
    const broken = await edit('01-demo.en.md', (t) => t.replace('## Columns', '## Columns\n\n::: notes\nunclosed'));
    expect(broken.ok).toBe(false);
    expect(broken.written).toEqual([]);
    expect(broken.diagnostics.sorted()[0]).toMatchObject({ file: join(course, '01-demo.en.md'), start: { line: 33, column: 1 }, message: '"::: notes" is never closed' });

    // A fact edit while the outline is broken: nothing is written, the other lecture is compiled but waits.
    const meanwhile = await edit('facts/trials.yaml', (t) => t.replace('A public trial staged', 'A trial staged'));
    expect(meanwhile.ok).toBe(false);
    expect(meanwhile.recompiled).toEqual(['01-demo.en.md', '02-terms.en.md']);
    expect(snapshotDir(site.outDir)).toEqual(good);

    const fixed = await edit('01-demo.en.md', (t) => t.replace('\n\n::: notes\nunclosed', ''));
    expect(fixed.ok).toBe(true);
    expect(fixed.written).toContain('en/02-terms/index.html');
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('a broken fact file is an error until fixed; the lectures using its facts are rebuilt then', async () => {
    const { course, site, edit } = await openSite();
    const broken = await edit('facts/trials.yaml', (t) => t.replace('- id: arrests', '- id: arrests\n  oops: [unclosed'));
    expect(broken.ok).toBe(false);
    const fixed = await edit('facts/trials.yaml', (t) => t.replace('\n  oops: [unclosed', ''));
    expect(fixed.ok).toBe(true);
    expect(fixed.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md', '02-terms.en.md']);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('leaves the files of the output that Lectern did not write', async () => {
    const { course, site } = await openSite();
    await site.close();
    const out = join(course, '..', 'output');
    writeFileSync(join(out, 'CNAME'), 'course.example.org');
    rmSync(join(course, '02-terms.en.md'));
    const again = await LiveSite.open({ course, out });
    expect(again.last.written).toContain('en/02-terms/index.html');
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('course.example.org');
  });

  it('picks up new and deleted outlines', async () => {
    const { course, site, edit } = await openSite();
    const added = await edit('03-more.en.md', () => '---\ntitle: "More"\n---\n\n## More\n\nText.\n', 'add');
    expect(added.recompiled).toEqual(['03-more.en.md']);
    expect(added.written).toEqual(['.lectern-output.json', 'en/03-more/index.html', 'en/index.html', 'en/search-index.js', 'index.html']);
    const removed = await edit('02-terms.en.md', () => '', 'unlink');
    expect(removed.recompiled).toEqual([]);
    expect(removed.written).toEqual(['.lectern-output.json', 'en/02-terms/index.html', 'en/facts.html', 'en/glossary.html', 'en/index.html', 'en/search-index.js', 'index.html']);
    expect(existsSync(join(site.outDir, 'en/02-terms'))).toBe(false);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('a translation added or removed changes the language menu of the lecture\'s other decks', async () => {
    const { course, site, edit } = await openSite();
    const added = await edit('02-terms.ru.md', () => '---\ntitle: "Термины"\n---\n\n## Термин\n\nТекст.\n', 'add');
    expect(added.written).toContain('en/02-terms/index.html');
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
    const removed = await edit('02-terms.ru.md', () => '', 'unlink');
    expect(removed.written).toContain('en/02-terms/index.html');
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('a template edit renders every page again without recompiling; a theme edit copies the theme', async () => {
    const { course, site, edit } = await openSite({ 'templates/slide-title.hbs': '<section><h1>{{{slide.title}}}</h1></section>\n' });
    const template = await edit('templates/slide-title.hbs', (t) => t.replace('<h1>', '<h1 class="big">'));
    expect(template.recompiled).toEqual([]);
    expect(template.written).toEqual(['en/01-demo/index.html', 'en/02-terms/index.html', 'ru/01-demo/index.html']);
    const theme = await edit('templates/themes/lectern.css', () => 'body { color: red; }\n', 'add');
    expect(theme.written).toEqual(['assets/themes/lectern.css']);
    const removed = await edit('templates/themes/lectern.css', () => '', 'unlink');
    expect(removed.written).toEqual(['assets/themes/lectern.css']);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));

    const broken = await edit('templates/slide-title.hbs', (t) => t.replace('{{{slide.title}}}', '{{#if}}'));
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.sorted()[0]!.file).toBe(join(course, 'templates/slide-title.hbs'));
    const again = await edit('01-demo.en.md', (t) => t.replace('## Columns', '## Columns, again'));
    expect(again.ok).toBe(false);
  });

  it('an image edit copies it; an image deleted is an error in the lectures showing it', async () => {
    const { course, site, edit } = await openSite();
    const png = readFileSync(join(course, 'images/dot.png'));
    const changed = await edit('images/dot.png', () => 'not really a png');
    expect(changed).toMatchObject({ ok: true, recompiled: [], written: ['images/dot.png'] });
    const removed = await edit('images/dot.png', () => '', 'unlink');
    expect(removed.ok).toBe(false);
    expect(removed.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md']);
    expect(removed.diagnostics.sorted()[0]!.message).toMatch(/image "images\/dot\.png" not found/);
    expect(readFileSync(join(site.outDir, 'images/dot.png'), 'utf8')).toBe('not really a png');
    writeFileSync(join(course, 'images/dot.png'), png);
    const back = (await site.rebuild([{ path: join(course, 'images/dot.png'), event: 'add' }]))!;
    expect(back.ok).toBe(true);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('an edit of an included file recompiles the lectures that include it', async () => {
    const { site, edit } = await openSite({
      '02-terms.en.md': `${SECOND}\n## Shared\n\n{{< include parts/_intro.md >}}\n`,
      'parts/_intro.md': 'The first version.\n',
    });
    const report = await edit('parts/_intro.md', () => 'The second version.\n');
    expect(report.ok).toBe(true);
    expect(report.recompiled).toEqual(['02-terms.en.md']);
    expect(report.written).toContain('en/02-terms/index.html');
    expect(readFileSync(join(site.outDir, 'en/02-terms/index.html'), 'utf8')).toContain('The second version.');
  });

  it('a course.yaml edit reloads everything', async () => {
    const { course, site, edit } = await openSite();
    const report = await edit('course.yaml', (t) => t.replace('A mini course', 'A small course'));
    expect(report.full).toBe(true);
    expect(report.recompiled).toEqual(['01-demo.en.md', '01-demo.ru.md', '02-terms.en.md']);
    expect(snapshotDir(site.outDir)).toEqual(await fullBuild(course));
  });

  it('ignores files that are nothing to the course', async () => {
    const { site, edit } = await openSite();
    expect(await site.rebuild([{ path: join(site.root, 'notes.txt'), event: 'add' }])).toBeUndefined();
    expect(await edit('images/unused.png', () => 'x', 'add')).toBeUndefined();
  });
});
