import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutDir, guardOutDir } from '../../src/output/guard-out-dir.js';
import { MARKER, markerText } from '../../src/output/output-marker.js';
import { tempDir } from '../helpers/paths.js';

describe('checkOutDir', () => {
  it('refuses what guardOutDir refuses, and tells the files Lectern wrote by the marker', () => {
    const course = join(tempDir(), 'course');
    mkdirSync(course);
    const out = join(tempDir(), 'out');
    expect(checkOutDir(out, course)).toBeUndefined();
    mkdirSync(out);
    expect(checkOutDir(out, course)).toBeUndefined();
    writeFileSync(join(out, 'CNAME'), 'example.org\n');
    expect(() => checkOutDir(out, course)).toThrow(/it holds files Lectern did not write/);
    writeFileSync(join(out, MARKER), markerText(course, ['index.html']));
    writeFileSync(join(out, 'index.html'), '');
    const mine = checkOutDir(out, course)!;
    expect([mine('index.html'), mine('CNAME')]).toEqual([true, false]);
    expect(guardOutDir(out, course)).toEqual(['CNAME']);
  });
});
