import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyChange, type CourseLayout } from '../../src/watch/classify-change.js';

const root = '/c/course';
const layout: CourseLayout = {
  root,
  outDir: '/c/output',
  templateRoots: ['/lectern/templates/', join(root, 'templates')],
  sourceTexts: new Set([join(root, 'texts/chronicle.txt'), '/c/seeds/a.txt']),
  media: new Set([join(root, 'images/dot.png')]),
  included: new Set([join(root, 'parts/_intro.md')]),
};

describe('classifyChange', () => {
  it.each([
    ['course.yaml', 'course'],
    ['sources.yaml', 'sources'],
    ['facts/trials.yaml', 'facts'],
    ['facts/more.yml', 'facts'],
    ['facts/notes.txt', 'other'],
    ['facts/sub/deep.yaml', 'other'],
    ['01-demo.en.md', 'outline'],
    ['02-new.md', 'outline'],
    ['README.md', 'other'],
    ['notes/01-demo.en.md', 'other'],
    ['texts/chronicle.txt', 'source-text'],
    ['images/dot.png', 'media'],
    ['parts/_intro.md', 'include'],
    ['parts/_unused.md', 'other'],
    ['images/unused.png', 'other'],
    ['templates/deck.hbs', 'template'],
    ['templates/partials/notes.hbs', 'template'],
    ['templates/themes/lectern.css', 'template-asset'],
    ['templates/assets/deck.js', 'template-asset'],
    ['templates/README.txt', 'other'],
    ['.01-demo.en.md.swp', 'other'],
  ])('%s in the course: %s', (path, kind) => {
    expect(classifyChange(join(root, path), layout)).toBe(kind);
  });

  it('knows the built-in templates, source texts outside the course, and ignores the output', () => {
    expect(classifyChange('/lectern/templates/slide-content.hbs', layout)).toBe('template');
    expect(classifyChange('/lectern/templates/assets/deck.js', layout)).toBe('template-asset');
    expect(classifyChange('/c/seeds/a.txt', layout)).toBe('source-text');
    expect(classifyChange('/c/seeds/b.txt', layout)).toBe('other');
    expect(classifyChange('/c/output/en/01-demo/index.html', layout)).toBe('other');
    expect(classifyChange('/c/course-old/course.yaml', layout)).toBe('other');
  });
});
