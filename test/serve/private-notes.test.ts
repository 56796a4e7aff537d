import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveOutput } from '../../src/serve/serve-output.js';
import { LiveSite } from '../../src/watch/live-site.js';
import { miniCourseWith } from '../helpers/course-files.js';
import { MINI_COURSE } from '../helpers/paths.js';

const config = readFileSync(join(MINI_COURSE, 'course.yaml'), 'utf8');

describe('serve with the notes kept private', () => {
  it('shows the lecturer the notes, while the output on disk has none', async () => {
    const course = miniCourseWith({ 'course.yaml': `${config}publish: {notes: false}\n` });
    const site = await LiveSite.open({ course, out: join(course, '..', 'output') });
    expect(readFileSync(join(site.outDir, 'en/01-demo/index.html'), 'utf8')).not.toContain('Stress the staging of the trial.');
    const server = await serveOutput({ outDir: site.outDir, host: '127.0.0.1', port: 0, status: () => ({ version: 0 }), page: (path) => site.lecturerPage(path) });
    try {
      const served = await (await fetch(`${server.url}en/01-demo/index.html`)).text();
      expect(served).toContain('Stress the staging of the trial.');
      expect(served).toContain('Facts on this slide');
      expect(await (await fetch(`${server.url}en/facts.html`)).text()).toContain('Fact index');
    } finally {
      await server.close();
    }
  });
});
