import { hostname } from 'node:os';
import { isIP } from 'node:net';

/** The name of a Host header without its port: `[::1]:8080` → `::1`, `localhost:8080` → `localhost`. */
function hostName(header: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (bracketed) return bracketed[1]!;
  return header.replace(/:\d+$/, '').toLowerCase();
}

/**
 * Whether a request names this machine: an IP address, localhost, the
 * machine's own name or the address the server listens on. A page of another
 * site that points its own name at 127.0.0.1 (DNS rebinding) sends that name,
 * and is refused, so it cannot read the course through the preview.
 */
export function isAllowedHost(header: string | undefined, listenHost: string): boolean {
  if (header === undefined) return true;
  const name = hostName(header.trim());
  if (isIP(name) || name === 'localhost' || name.endsWith('.localhost')) return true;
  const machine = hostname().toLowerCase();
  return name === machine || name === `${machine}.local` || name === listenHost.toLowerCase();
}

/** Whether an address to listen on is reachable from other machines. */
export function listensBeyondThisMachine(host: string): boolean {
  return !(host === 'localhost' || host === '::1' || /^127\./.test(host));
}
