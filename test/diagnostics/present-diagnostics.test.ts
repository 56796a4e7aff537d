import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostic.js';

const at = (line: number) => ({ line, column: 1 });

describe('presenting diagnostics', () => {
  it('puts a file that did not load first and folds what needs its content into one line', () => {
    const diagnostics = new Diagnostics();
    diagnostics.error('/c/01-a.en.md', at(3), 'unknown-fact', 'unknown fact "a"', { needs: 'facts' });
    diagnostics.error('/c/01-a.en.md', at(4), 'unknown-fact', 'unknown fact "b"', { needs: 'facts' });
    diagnostics.warning('/c/01-a.en.md', at(5), 'empty-timeline', 'no dated fact matches tag="x"', { needs: 'facts' });
    diagnostics.error('/c/01-a.en.md', at(6), 'media', 'image "x.png" not found');
    diagnostics.error('/c/facts/b.yaml', at(2), 'unknown-source', 'unknown source "s"', { needs: 'sources' });
    const before = diagnostics.list.length;
    diagnostics.error('/c/facts/orbits.yaml', at(1), 'schema', 'expected a list of facts');
    diagnostics.markUnloaded(before, 'facts');
    const shown = diagnostics.sorted().map((d) => `${d.file.slice(3)}:${d.start.line} ${d.severity} ${d.message}`);
    expect(shown).toEqual([
      'facts/orbits.yaml:1 error expected a list of facts',
      'facts/orbits.yaml:1 warning 3 references to facts could not be checked because this file did not load',
      '01-a.en.md:6 error image "x.png" not found',
      // sources.yaml loaded: an unknown source is reported as it is.
      'facts/b.yaml:2 error unknown source "s"',
    ]);
    expect(diagnostics.count('error')).toBe(3);
    expect(diagnostics.count('warning')).toBe(1);
    expect(diagnostics.hasErrors).toBe(true);
  });

  it('names the other files that did not load, and counts citations when sources.yaml did not', () => {
    const diagnostics = new Diagnostics();
    diagnostics.error('/c/facts/b.yaml', at(9), 'unknown-source', 'unknown source "s"', { needs: 'sources' });
    diagnostics.error('/c/facts/a.yaml', at(2), 'yaml-syntax', 'slip', { unloaded: 'facts' });
    diagnostics.error('/c/facts/c.yaml', at(4), 'yaml-syntax', 'slip', { unloaded: 'facts' });
    diagnostics.error('/c/01-a.en.md', at(3), 'unknown-fact', 'unknown fact "a"', { needs: 'facts' });
    diagnostics.error('/c/sources.yaml', at(1), 'schema', 'expected a list of sources', { unloaded: 'sources' });
    expect(diagnostics.sorted().map((d) => `${d.file.slice(3)} ${d.message}`)).toEqual([
      'facts/a.yaml slip',
      'facts/a.yaml 1 reference to a fact could not be checked because this file and c.yaml did not load',
      'facts/c.yaml slip',
      'sources.yaml expected a list of sources',
      'sources.yaml 1 citation of a source could not be checked because this file did not load',
    ]);
  });
});
