import { escapeHtml } from '../../html/escape-html.js';
import { divOpenHtml } from '../fenced-div.js';
import type { MarkdownEnv } from '../markdown-env.js';
import { divMeta, type DivKind } from './div-kind.js';

const TYPES = ['note', 'tip', 'warning', 'important', 'caution'] as const;
const TITLES: Record<string, Record<string, string>> = {
  en: { note: 'Note', tip: 'Tip', warning: 'Warning', important: 'Important', caution: 'Caution' },
  ru: { note: 'Примечание', tip: 'Совет', warning: 'Предупреждение', important: 'Важно', caution: 'Осторожно' },
  de: { note: 'Hinweis', tip: 'Tipp', warning: 'Warnung', important: 'Wichtig', caution: 'Vorsicht' },
  fr: { note: 'Note', tip: 'Astuce', warning: 'Avertissement', important: 'Important', caution: 'Attention' },
  es: { note: 'Nota', tip: 'Consejo', warning: 'Advertencia', important: 'Importante', caution: 'Precaución' },
  it: { note: 'Nota', tip: 'Suggerimento', warning: 'Avvertenza', important: 'Importante', caution: 'Attenzione' },
};

function calloutType(classes: string[]): string | undefined {
  return TYPES.find((t) => classes.includes(`callout-${t}`));
}

/**
 * Quarto's callouts (`::: {.callout-note}` … tip, warning, important,
 * caution): a box with a title bar, the title from `title="…"`, a heading
 * at the top of the callout, or the type's name.
 */
export const callout: DivKind = {
  matches: (meta) => calloutType(meta.classes) !== undefined,
  transform(state, open) {
    const tokens = state.tokens;
    const meta = divMeta(tokens[open]!);
    const type = calloutType(meta.classes)!;
    const env = state.env as MarkdownEnv;
    let removed = 0;
    const title = meta.values.find(([k]) => k === 'title')?.[1];
    let titleHtml = title !== undefined ? escapeHtml(title) : undefined;
    if (titleHtml === undefined && tokens[open + 1]?.type === 'heading_open') {
      titleHtml = state.md.renderer.renderInline(tokens[open + 2]!.children ?? [], state.md.options, env);
      tokens.splice(open + 1, 3);
      removed = 3;
    }
    const lang = (env.lang ?? 'en').split('-')[0]!;
    titleHtml ??= escapeHtml((TITLES[lang] ?? TITLES.en!)[type]!);
    const appearance = meta.values.find(([k]) => k === 'appearance')?.[1] ?? 'default';
    const icon = meta.values.find(([k]) => k === 'icon')?.[1] !== 'false';
    const rest = { ...meta, values: meta.values.filter(([k]) => !['title', 'appearance', 'icon'].includes(k)) };
    const classes = ['callout', `callout-style-${appearance}`, 'callout-titled', ...(icon ? [] : ['no-icon'])];
    meta.openHtml = `${divOpenHtml(rest, state.md.options.html, classes)}<div class="callout-header">${icon ? '<span class="callout-icon"></span>' : ''}<span class="callout-title">${titleHtml}</span></div>\n<div class="callout-body">\n`;
    meta.closeHtml = '</div>\n</div>\n';
    return -removed;
  },
};
