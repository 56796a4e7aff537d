import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestPath } from '../../src/serve/resolve-request-path.js';
import { tempDir } from '../helpers/paths.js';

let base: string;
let out: string;

beforeAll(() => {
  base = realpathSync(tempDir());
  out = join(base, 'output');
  mkdirSync(join(out, 'en/01-demo'), { recursive: true });
  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(base, 'package.json'), '{"secret": true}');
  writeFileSync(join(base, 'elsewhere/index.html'), 'outside');
  writeFileSync(join(out, 'index.html'), 'home');
  writeFileSync(join(out, 'en/01-demo/index.html'), 'deck');
  writeFileSync(join(out, 'a b.txt'), 'spaced');
  symlinkSync(join(base, 'package.json'), join(out, 'leak.json'));
  symlinkSync(join(base, 'elsewhere'), join(out, 'leak-dir'));
  symlinkSync(join(out, 'index.html'), join(out, 'home.html'));
});

describe('resolveRequestPath', () => {
  it('serves files under the output folder, a folder by its index.html', async () => {
    expect(await resolveRequestPath(out, '/')).toEqual({ file: join(out, 'index.html') });
    expect(await resolveRequestPath(out, '/en/01-demo/index.html?x=1#/3')).toEqual({ file: join(out, 'en/01-demo/index.html') });
    expect(await resolveRequestPath(out, '/en/01-demo/')).toEqual({ file: join(out, 'en/01-demo/index.html') });
    expect(await resolveRequestPath(out, '/a%20b.txt')).toEqual({ file: join(out, 'a b.txt') });
    expect(await resolveRequestPath(out, '/./index.html')).toEqual({ file: join(out, 'index.html') });
  });

  it('redirects a folder asked for without its slash, relatively', async () => {
    expect(await resolveRequestPath(out, '/en/01-demo')).toEqual({ redirect: './01-demo/' });
    expect(await resolveRequestPath(out, '/en?q')).toEqual({ redirect: './en/' });
  });

  it('follows a symbolic link that stays inside the output', async () => {
    expect(await resolveRequestPath(out, '/home.html')).toEqual({ file: join(out, 'index.html') });
  });

  it.each([
    ['/../package.json'],
    ['/%2e%2e/package.json'],
    ['/%2E%2E/package.json'],
    ['/en/..%2f..%2fpackage.json'],
    ['/en/%2e%2e/%2e%2e/package.json'],
    ['/..\\package.json'],
    ['/index.html%00.png'],
    ['/%E0%A4%A'],
    ['/leak.json'],
    ['/leak-dir/'],
    ['/leak-dir/index.html'],
    ['/missing.html'],
    ['relative.html'],
  ])('refuses %s', async (path) => {
    expect(await resolveRequestPath(out, path)).toEqual({ notFound: true });
  });
});
