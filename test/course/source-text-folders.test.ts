import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';

const COURSE_YAML = (folders: string) => `title: T\nlanguages: [en, ru]\nsourceTexts: [${folders}]\n`;

async function outsideWarnings(root: string, sourceTexts?: string[]) {
  const { diagnostics } = await check({ course: root, sourceTexts });
  expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
  return diagnostics.list
    .filter((d) => d.ruleId === 'source-texts-outside')
    .map((d) => `${relative(root, d.file)}:${d.start.line}:${d.start.column} ${d.severity} ${d.message} | ${d.hint}`);
}

describe('sourceTexts folders outside the course', () => {
  it('warns at the course.yaml entry of a folder reached through a link, and still searches it', async () => {
    const root = miniCourseWith({ 'course.yaml': COURSE_YAML('shared') });
    const shared = tempDir();
    renameSync(join(root, 'texts', 'chronicle.txt'), join(shared, 'chronicle.txt'));
    symlinkSync(shared, join(root, 'shared'));
    expect(await outsideWarnings(root)).toEqual([
      'course.yaml:3:15 warning the sourceTexts folder "shared" is outside the course: sources may name any text file in it | copy the texts into a folder of the course (such as texts/) and list that one; a folder shared by several courses can be given for one run with --source-texts',
    ]);
  });

  it('says nothing of folders inside the course, nor of a folder given with --source-texts', async () => {
    const root = miniCourseWith({ 'course.yaml': COURSE_YAML('texts, texts/../texts, missing') });
    mkdirSync(join(root, 'texts', 'more'));
    expect(await outsideWarnings(root, [tempDir()])).toEqual([]);
  });
});
