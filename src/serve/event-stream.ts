import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Server-sent events to the open pages. A page connecting is sent the
 * current status first; each rebuild is then broadcast to every page.
 */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly status: () => unknown) {
    // A comment now and then keeps idle connections open through proxies and timeouts.
    this.heartbeat = setInterval(() => this.write(': ping\n\n'), 20_000).unref();
  }

  connect(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    res.write(message('status', this.status()));
    this.clients.add(res);
    req.on('close', () => this.clients.delete(res));
  }

  broadcast(event: string, data: unknown): void {
    this.write(message(event, data));
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(text: string): void {
    for (const res of this.clients) res.write(text);
  }
}

function message(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
