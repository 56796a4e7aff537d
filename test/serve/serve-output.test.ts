import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/diagnostics/diagnostic.js';
import { serveOutput, type LiveServer } from '../../src/serve/serve-output.js';
import { tempDir } from '../helpers/paths.js';

let base: string;
let out: string;
let server: LiveServer;
const DECK = '<!doctype html>\n<html><body>\n<div class="reveal"></div>\n</body>\n</html>\n';

/** A request sent as written: the path is not normalised on the way. */
function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; type?: string; location?: string; csp?: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: res.headers['content-type'], location: res.headers.location, csp: res.headers['content-security-policy'] as string | undefined, body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  base = realpathSync(tempDir());
  out = join(base, 'output');
  mkdirSync(join(out, 'en/01-demo'), { recursive: true });
  writeFileSync(join(base, 'package.json'), '{"secret": true}');
  writeFileSync(join(out, 'en/01-demo/index.html'), DECK);
  writeFileSync(join(out, 'style.css'), 'body {}');
  writeFileSync(join(out, 'font.woff2'), 'w');
  writeFileSync(join(out, 'slides.pdf'), '%PDF');
  writeFileSync(join(out, 'map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  symlinkSync(join(base, 'package.json'), join(out, 'package.json'));
  server = await serveOutput({ outDir: out, host: '127.0.0.1', port: 0, status: () => ({ version: 7 }) });
});

afterAll(() => server?.close());

describe('serveOutput', () => {
  it('listens on 127.0.0.1 and a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('adds the live script to pages as they are sent; the file stays as built', async () => {
    const page = await get('/en/01-demo/index.html');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toBe(DECK.replace('</body>', '<script src="/__lectern/live.js" data-version="7"></script>\n</body>'));
    expect(readFileSync(join(out, 'en/01-demo/index.html'), 'utf8')).toBe(DECK);
    expect((await get('/en/01-demo/')).body).toBe(page.body);
    expect(await get('/en/01-demo')).toMatchObject({ status: 301, location: './01-demo/' });
  });

  it.each([
    ['/style.css', 'text/css; charset=utf-8'],
    ['/font.woff2', 'font/woff2'],
    ['/slides.pdf', 'application/pdf'],
    ['/__lectern/live.js', 'text/javascript; charset=utf-8'],
  ])('sends %s as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.type).toBe(type);
  });

  it.each([['/../package.json'], ['/%2e%2e/package.json'], ['/en/..%2F..%2F..%2Fpackage.json'], ['/package.json'], ['/nowhere.html']])(
    'answers %s with the plain 404 page',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.body).toContain('<h1>Not found</h1>');
      expect(res.body).not.toContain('secret');
    },
  );

  it('answers only requests for this machine: another Host (a DNS rebinding) is refused', async () => {
    const { port } = new URL(server.url);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `10.0.0.7:${port}`, 'localhost']) {
      expect((await get('/style.css', 'GET', { host })).status, host).toBe(200);
    }
    for (const host of [`attacker.example:${port}`, 'evil.localhost.example', 'example.org']) {
      const res = await get('/style.css', 'GET', { host });
      expect(res.status, host).toBe(403);
      expect(res.body).not.toContain('body {}');
    }
    expect((await get('/__lectern/events', 'GET', { host: 'attacker.example' })).status).toBe(403);
  });

  it('sends SVG images with a policy that lets no script in them run', async () => {
    const res = await get('/map.svg');
    expect(res.type).toBe('image/svg+xml');
    expect(res.csp).toBe("script-src 'none'; object-src 'none'");
  });

  it('refuses other methods', async () => {
    expect((await get('/style.css', 'POST')).status).toBe(405);
    expect(await get('/style.css', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('streams events: the status first', async () => {
    const { hostname, port } = new URL(server.url);
    const first = await new Promise<string>((resolve, reject) => {
      const req = request({ host: hostname, port, path: '/__lectern/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('event: status\ndata: {"version":7}\n\n')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(first).toContain('retry: 1000');
  });

  it('says that a port is in use, as a usage error', async () => {
    const port = Number(new URL(server.url).port);
    const error = await serveOutput({ outDir: out, host: '127.0.0.1', port, status: () => ({ version: 0 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(`port ${port} on 127.0.0.1 is in use`);
  });
});
