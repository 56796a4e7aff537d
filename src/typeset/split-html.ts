/**
 * A document cut into pieces: `parts` joined give it back (with kept
 * elements as marks); `runs` name the parts that are runs of inline HTML to
 * typeset as one, each in its language, with the kept elements its marks
 * stand for. Marks are counted from 0 in each run, so that two runs of the
 * same text around different code are the same run to typeset.
 */
export interface SplitHtml {
  parts: string[];
  runs: Array<{ index: number; lang: string; kept: readonly string[] }>;
}

/** Elements whose content is never typeset: code, math, scripts, styles, and anything marked `translate="no"`. */
const KEPT = new Set(['pre', 'code', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'math', 'svg', 'annotation']);
const KEPT_CLASS = /(?:^|\s)(?:katex|katex-display|math|no-typeset)(?:\s|$)/;

/** Elements that start and end a run of text: quotes never pair across them. */
const BLOCKS = new Set(
  ('html head body title meta link main header footer nav section article aside div p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd ' +
    'table thead tbody tfoot tr td th caption blockquote figure figcaption hr details summary form fieldset legend br')
    .split(' '),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

const TAG = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/gi;

const ATTRIBUTES = new Map<string, RegExp>();

function attribute(attrs: string, name: string): string | undefined {
  if (!attrs.includes(name)) return undefined;
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')));
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const CLOSING = new Map<string, RegExp>();

/** The kept elements of a run that holds none (most do), shared. */
const NONE_KEPT: readonly string[] = Object.freeze([]);

/** Where the element opened at `from` (its tag ends at `after`) closes, counting nested tags of its name. */
function closing(html: string, name: string, after: number): number {
  let re = CLOSING.get(name);
  if (!re) CLOSING.set(name, (re = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi')));
  re.lastIndex = after;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/**
 * Splits an HTML document into runs of text with their inline markup, each
 * in the language of the element it stands in, and the markup between them.
 * Kept elements (code, math, …) travel inside their run as opaque pieces.
 */
export function splitHtml(html: string, lang: string): SplitHtml {
  const parts: string[] = [];
  const runs: SplitHtml['runs'] = [];
  // The open elements, their names and languages side by side; `current` is the innermost one's language.
  const names: string[] = [];
  const langs: string[] = [];
  let current = lang;
  let run = '';
  let kept: string[] | undefined;
  const flush = () => {
    if (run) runs.push({ index: parts.push(run) - 1, lang: current, kept: kept ?? NONE_KEPT });
    run = '';
    kept = undefined;
  };
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    run += html.slice(last, m.index);
    last = TAG.lastIndex;
    // Read by index: destructuring would go through the array iterator at each of a page's tags.
    const tag = m[0];
    const slash = m[1];
    const rawName = m[2] ?? '';
    const attrs = m[3] ?? '';
    const name = rawName.toLowerCase();
    if (!rawName) {
      flush();
      parts.push(tag);
      continue;
    }
    if (!slash && !tag.endsWith('/>') && (KEPT.has(name) || KEPT_CLASS.test(attribute(attrs, 'class') ?? '') || attribute(attrs, 'translate') === 'no')) {
      const end = closing(html, rawName, TAG.lastIndex);
      run += `<lectern-kept-${(kept ??= []).push(html.slice(m.index, end)) - 1}>`;
      TAG.lastIndex = last = end;
      continue;
    }
    let at = -1;
    if (slash) {
      at = names.length - 1;
      while (at >= 0 && names[at] !== name) at--;
    }
    // A block ends a run, and so does an inline element in another language, which typograf sets apart.
    const own = slash ? undefined : attribute(attrs, 'lang');
    const block =
      BLOCKS.has(name) || (own !== undefined && own !== current) || (at >= 0 && langs[at] !== (at > 0 ? langs[at - 1] : lang));
    if (block) flush();
    if (slash) {
      if (at >= 0) {
        while (names.length > at) {
          names.pop();
          langs.pop();
        }
        current = langs.length ? langs[langs.length - 1]! : lang;
      }
    } else if (!VOID.has(name) && !tag.endsWith('/>')) {
      current = own ?? current;
      names.push(name);
      langs.push(current);
    }
    if (block) parts.push(tag);
    else run += tag;
  }
  run += html.slice(last);
  flush();
  return { parts, runs };
}

/** The characters set aside for kept elements while typograf reads a run (see letKeptBeWords). */
const FIRST_WORD = 0xe100;
const WORDS = /[\ue100-\ueeff]/;
const KEPT_TAG = /<lectern-kept-(\d+)>/g;

/**
 * A run whose kept elements read as words: each mark becomes a character of
 * its own, which typograf takes as part of a word, so that a quotation mark
 * beside a formula or code opens or closes as it does beside a word (a tag
 * it skips, and the marks around it would look empty). A run that holds such
 * characters itself (an icon font's) keeps its tags.
 */
export function letKeptBeWords(run: string): string {
  if (!run.includes('<lectern-kept-') || WORDS.test(run)) return run;
  return run.replace(KEPT_TAG, (tag, i: string) => (Number(i) < 0xe00 ? String.fromCharCode(FIRST_WORD + Number(i)) : tag));
}

/** The marks of a run that letKeptBeWords changed, as tags again. */
export function keptAsTags(run: string): string {
  return run.replace(/[\ue100-\ueeff]/g, (ch) => `<lectern-kept-${ch.charCodeAt(0) - FIRST_WORD}>`);
}

/** Puts a run's kept elements back in place of their marks. */
export function restoreKept(html: string, kept: readonly string[]): string {
  return kept.length ? html.replace(/<lectern-kept-(\d+)>/g, (_m, i: string) => kept[Number(i)]!) : html;
}

/**
 * Whether a piece of HTML typesets alone as it does within a page: it begins
 * and ends with a block's tags (so no run of text goes on across its ends),
 * closes every element it opens and no other (so the languages in effect
 * after it are those before it), and each of its kept elements (code, math,
 * …) ends within it. A page's slides are such pieces.
 */
export function isSelfContained(html: string): boolean {
  const start = html.length - html.trimStart().length;
  const end = html.trimEnd().length;
  const names: string[] = [];
  let first = true;
  let last = '';
  const re = new RegExp(TAG.source, TAG.flags);
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const rawName = m[2];
    if (!rawName) return false;
    const name = rawName.toLowerCase();
    if (first && (m.index !== start || !BLOCKS.has(name))) return false;
    first = false;
    last = re.lastIndex === end ? name : '';
    const attrs = m[3] ?? '';
    if (m[1]) {
      if (names.pop() !== name) return false;
    } else if (!m[0].endsWith('/>') && (KEPT.has(name) || KEPT_CLASS.test(attribute(attrs, 'class') ?? '') || attribute(attrs, 'translate') === 'no')) {
      const close = closing(html, rawName, re.lastIndex);
      if (!new RegExp(`</${name}\\s*>$`, 'i').test(html.slice(0, close))) return false;
      re.lastIndex = close;
      last = close === end ? name : '';
    } else if (!VOID.has(name) && !m[0].endsWith('/>')) {
      names.push(name);
    }
  }
  return !first && !names.length && BLOCKS.has(last);
}
