import type { Token } from 'markdown-it';
import { divOpenHtml } from '../fenced-div.js';
import type { MarkdownEnv } from '../markdown-env.js';
import { divMeta, htmlBlock, type DivKind } from './div-kind.js';

/**
 * Quarto's `::: panel-tabset`: each heading at its top starts a tab. Drawn
 * as radio buttons and labels, so that tabs switch without script and the
 * first one shows in print.
 */
export const tabset: DivKind = {
  matches: (meta) => meta.classes.includes('panel-tabset'),
  transform(state, open, close) {
    const tokens = state.tokens;
    const level = tokens[open]!.level + 1;
    const headings: number[] = [];
    for (let i = open + 1; i < close; i++) if (tokens[i]!.type === 'heading_open' && tokens[i]!.level === level) headings.push(i);
    const tag = headings.map((i) => tokens[i]!.tag).sort()[0];
    const starts = headings.filter((i) => tokens[i]!.tag === tag);
    const env = state.env as MarkdownEnv & { tabsets?: number };
    const n = (env.tabsets = (env.tabsets ?? 0) + 1);
    const labels = starts.map((i, k) => {
      const id = `tabset-${n}-${k + 1}`;
      const title = state.md.renderer.renderInline(tokens[i + 1]!.children ?? [], state.md.options, env);
      return `<input type="radio" name="tabset-${n}" id="${id}"${k === 0 ? ' checked' : ''}><label for="${id}">${title}</label>`;
    });
    const meta = divMeta(tokens[open]!);
    meta.openHtml = `${divOpenHtml(meta, state.md.options.html)}${labels.join('')}\n`;
    meta.closeHtml = starts.length ? '</div>\n</div>\n' : '</div>\n';
    let added = 0;
    for (const [k, i] of [...starts.entries()].reverse()) {
      const panel: Token = htmlBlock(state, `${k ? '</div>\n' : ''}<div class="tab-panel" role="tabpanel" aria-labelledby="tabset-${n}-${k + 1}">\n`, level);
      tokens.splice(i, 3, panel);
      added -= 2;
    }
    return added;
  },
};
