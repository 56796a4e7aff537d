import { escapeHtml } from '../html/escape-html.js';
import type { Shortcode } from './shortcode.js';

const SYSTEMS: Record<string, string> = { mac: 'macOS', win: 'Windows', linux: 'Linux' };

/** `{{< kbd Shift-Ctrl-P >}}`, or per system: `{{< kbd mac=Cmd-P win=Ctrl-P >}}`. */
export const kbd: Shortcode = {
  usage: '{{< kbd Ctrl-C >}}',
  render({ args, named }) {
    const keys = args.map((key) => `<kbd>${escapeHtml(key)}</kbd>`);
    const systems = Object.entries(named)
      .filter(([name]) => Object.hasOwn(SYSTEMS, name))
      .map(([name, key]) => `<kbd title="${SYSTEMS[name]}">${escapeHtml(key)}</kbd>`);
    return { html: (keys.length ? keys : systems).join(' / ') };
  },
};
