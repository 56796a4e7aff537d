import type { Command } from 'commander';
import { runCommand } from './run-command.js';

/** `lectern browser install|path`: get the browser PDFs are printed with, or say which one it is. */
export function registerBrowserCommand(cli: Command): void {
  const browser = cli.command('browser').description('the browser PDFs are printed with: find it, or install one');
  browser
    .command('install')
    .description('download Chrome (headless shell, about 100 MB) into the user cache, for machines without Chrome, Chromium or Edge')
    .option('--dir <dir>', 'where to install (default: the user cache, or LECTERN_BROWSER_CACHE)')
    .option('--quiet', 'print errors only')
    .action(async (opts) => {
      process.exitCode = await runCommand(async () => {
        const [{ installBrowser }, { progressBar }] = await Promise.all([import('../browser/install-browser.js'), import('./progress.js')]);
        const bar = progressBar(Boolean(opts.quiet), 'download {bar} {percentage}% {label}');
        try {
          const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
          const path = await installBrowser({ cacheDir: opts.dir, onProgress: (done, total) => bar.update(done, total, `${megabytes(done)} of ${megabytes(total)}`) });
          bar.stop();
          process.stdout.write(`${path}\n`);
        } finally {
          bar.stop();
        }
      });
    });
  browser
    .command('path')
    .description('print the browser that PDF export would use, or how to get one')
    .option('--browser <path>', 'check this executable instead')
    .action(async (opts) => {
      process.exitCode = await runCommand(async () => {
        const { findBrowser } = await import('../browser/find-browser.js');
        process.stdout.write(`${await findBrowser(opts.browser)}\n`);
      });
    });
}
