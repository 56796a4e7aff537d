import { spawn } from 'node:child_process';

/** Opens a URL in the default browser, without waiting for it; says so when it cannot. */
export function openBrowser(url: string, onFailure: (message: string) => void): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => onFailure(`could not open a browser (${command} failed); open ${url} yourself`));
  child.unref();
}
