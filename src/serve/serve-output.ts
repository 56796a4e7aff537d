import { createReadStream } from 'node:fs';
import { mkdir, readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, sep } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.js';
import { escapeHtml } from '../html/escape-html.js';
import { isAllowedHost } from './allowed-host.js';
import { contentType } from './content-type.js';
import { EventStream } from './event-stream.js';
import { injectLiveScript, liveScriptTag } from './inject-live-script.js';
import { liveClientScript } from './live-client.js';
import { resolveRequestPath } from './resolve-request-path.js';

export interface ServeOptions {
  outDir: string;
  host: string;
  /** 0: any free port. */
  port: number;
  /** The state sent to a page that connects: `version` is the output version its pages carry. */
  status(): { version: number };
  /** A page to send instead of the file on disk, by its path in the output (the lecturer's decks, with their notes). */
  page?(path: string): string | undefined;
}

export interface LiveServer {
  url: string;
  /** Tells the open pages about a rebuild. */
  events: EventStream;
  close(): Promise<void>;
}

const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/**
 * Serves the output folder over http, and nothing outside it. Pages get the
 * live-reload script added as they are sent; /__lectern/events streams the
 * rebuilds to them.
 */
export async function serveOutput(options: ServeOptions): Promise<LiveServer> {
  await mkdir(options.outDir, { recursive: true });
  const root = await realpath(options.outDir);
  const events = new EventStream(options.status);
  const version = () => options.status().version;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE });
      res.end('Internal error\n');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, options.host)) {
      return send(req, res, 403, 'text/plain; charset=utf-8', 'This preview answers only requests for this machine (Host: localhost or an IP address).\n');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', ...NO_STORE }).end();
      return;
    }
    const url = req.url ?? '/';
    const pathname = url.split(/[?#]/, 1)[0]!;
    if (pathname === '/__lectern/events') return events.connect(req, res);
    if (pathname === '/__lectern/live.js') return send(req, res, 200, contentType('live.js'), liveClientScript());

    const resolved = await resolveRequestPath(root, url);
    if ('redirect' in resolved) {
      res.writeHead(301, { location: resolved.redirect, ...NO_STORE }).end();
      return;
    }
    if ('notFound' in resolved) return send(req, res, 404, contentType('404.html'), notFoundPage(pathname, version()));
    const type = contentType(resolved.file);
    if (type.startsWith('text/html')) {
      const html = options.page?.(relative(root, resolved.file).split(sep).join('/')) ?? (await readFile(resolved.file, 'utf8'));
      return send(req, res, 200, type, injectLiveScript(html, version()));
    }
    const { size } = await stat(resolved.file);
    // An SVG opened on its own is a document that could run its scripts: none may.
    const policy = type.startsWith('image/svg') ? { 'content-security-policy': "script-src 'none'; object-src 'none'" } : {};
    res.writeHead(200, { 'content-type': type, 'content-length': size, ...NO_STORE, ...policy });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(resolved.file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options)));
    server.listen(options.port, options.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...NO_STORE });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A plain page; it carries the live script, so that it shows the course's errors and turns into the page once built. */
function notFoundPage(pathname: string, version: number): string {
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Not found</title></head>\n<body>\n<h1>Not found</h1>\n<p>${escapeHtml(pathname)} is not in the output.</p>\n${liveScriptTag(version)}\n</body>\n</html>\n`;
}

function listenError(error: NodeJS.ErrnoException, { host, port }: ServeOptions): Error {
  if (error.code === 'EADDRINUSE') {
    return new UsageError(`port ${port} on ${host} is in use`, 'pass another --port, or --port 0 for any free port');
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
    return new UsageError(`cannot listen on ${host}: it is not an address of this machine`, 'pass --host 127.0.0.1, or an address of this machine');
  }
  if (error.code === 'EACCES') return new UsageError(`not allowed to listen on port ${port}`, 'pass a port above 1023, or --port 0');
  return error;
}
