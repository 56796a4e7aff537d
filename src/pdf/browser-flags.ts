/**
 * Chromium's command line for printing and screenshots. Besides what the
 * output needs (hinting off, files reading files), it drops the processes
 * and pages a print job never uses: each Chromium process holds tens of MB
 * of its own, and a long deck already needs a large renderer.
 */

/** Chromium features turned off: the preloaded address-bar pop-ups (a renderer each, never shown headless) and the spare renderer kept warm for the next site. */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess'];

/** Chromium features turned on: the network service as threads of the browser process instead of a process of its own. */
export const ENABLED_FEATURES = ['NetworkServiceInProcess2'];

export function browserArgs(asRoot = process.getuid?.() === 0): string[] {
  return [
    // Chromium refuses to start its sandbox as root.
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    // With the GPU off, compositing runs in the browser process: no GPU process.
    '--in-process-gpu',
    // No first window: pages are opened when there is work for them (no blank page with a renderer of its own).
    '--no-startup-window',
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
    `--enable-features=${ENABLED_FEATURES.join(',')}`,
    '--font-render-hinting=none',
    '--disable-dev-shm-usage',
    '--allow-file-access-from-files',
  ];
}
