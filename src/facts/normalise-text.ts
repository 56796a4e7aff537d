/**
 * Normalised text for quote matching: white space and line breaks collapse to
 * one space, typographic quotes and dashes become their plain forms, soft
 * hyphens vanish. Keeps, for each normalised character, its offset in the
 * original, so a match can be pointed at.
 */
export interface NormalisedText {
  text: string;
  offsets: number[];
}

const CHAR_MAP: Record<string, string> = {
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'",
  '–': '-', '—': '-', '‒': '-', '―': '-', '−': '-', '‐': '-', '‑': '-',
  'ё': 'е', 'Ё': 'Е',
};

export function normaliseText(input: string): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  let space = true;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === '\u00ad') continue;
    if (/\s/.test(ch)) {
      if (!space) {
        text += ' ';
        offsets.push(i);
        space = true;
      }
      continue;
    }
    text += CHAR_MAP[ch] ?? ch;
    offsets.push(i);
    space = false;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    offsets.pop();
  }
  return { text, offsets };
}

/**
 * Where a quote occurs in a text, both normalised; an ellipsis (… or ...) in
 * the quote stands for omitted words, so its parts must occur in order.
 * Returns the normalised offset of the match, or -1.
 */
export function findQuote(haystack: string, quote: string): number {
  const parts = quote
    .split(/\s*(?:\.\.\.|…|\[\.\.\.\]|\[…\])\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return -1;
  let from = 0;
  let first = -1;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return -1;
    if (first < 0) first = at;
    from = at + part.length;
  }
  return first;
}

/**
 * The passage of the text most like the quote, by shared words: of the
 * windows of as many words as the quote has distinct words, the first with
 * the most of them. The window slides, so long texts and quotes stay linear.
 */
export function closestPassage(haystack: string, quote: string): { start: number; end: number } {
  const words = (s: string) => [...s.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)];
  const wanted = new Set(words(quote).map((m) => m[0]));
  const found = words(haystack);
  const size = Math.max(1, wanted.size);
  let best = { score: -1, start: 0, end: Math.min(haystack.length, quote.length) };
  const inWindow = new Map<string, number>();
  const add = (word: string) => {
    if (wanted.has(word)) inWindow.set(word, (inWindow.get(word) ?? 0) + 1);
  };
  const remove = (word: string) => {
    const n = inWindow.get(word);
    if (n === 1) inWindow.delete(word);
    else if (n !== undefined) inWindow.set(word, n - 1);
  };
  for (let j = 0; j < Math.min(found.length, size); j++) add(found[j]![0]);
  for (let i = 0; i < found.length; i++) {
    if (i > 0) {
      remove(found[i - 1]![0]);
      if (i + size - 1 < found.length) add(found[i + size - 1]![0]);
    }
    if (inWindow.size > best.score) {
      const lastWord = found[Math.min(found.length, i + size) - 1]!;
      best = { score: inWindow.size, start: found[i]!.index!, end: lastWord.index! + lastWord[0].length };
    }
  }
  return { start: best.start, end: best.end };
}
