import { escapeHtml } from '../html/escape-html.js';
import { warnAt, type Shortcode } from './shortcode.js';

/** A dotted key (`author`, `format.revealjs.theme`) looked up in an object. */
function lookup(data: unknown, key: string): unknown {
  let current = data;
  for (const part of key.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A metadata value as text; language-keyed text in the lecture's language. */
function asText(value: unknown, lang: string): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => asText(item, lang) ?? '').join(', ');
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>;
    return typeof map[lang] === 'string' ? (map[lang] as string) : undefined;
  }
  return undefined;
}

/** `{{< meta key >}}`: a value of the outline's front matter, else of course.yaml. */
export const meta: Shortcode = {
  usage: '{{< meta title >}}',
  render({ args, at }, context) {
    const { frontMatter, config, lang } = context;
    const key = args[0];
    if (!key) {
      warnAt(context, at, 'shortcode-arguments', '{{< meta >}} needs a key', 'write {{< meta title >}}, naming a front-matter or course.yaml key');
      return { html: '' };
    }
    const value = lookup(frontMatter, key) ?? lookup(config, key);
    const text = asText(value, lang);
    if (text === undefined) {
      warnAt(context, at, 'unknown-meta', `no metadata "${key}" in the front matter or course.yaml`, 'add the key to the front matter, or fix its name');
      return { html: '' };
    }
    return { html: escapeHtml(text) };
  },
};
