import { readFile } from 'node:fs/promises';
import { decodeText } from '../course/decode-text.js';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../diagnostics/position.js';
import { citationsOf } from './fact-schema.js';
import type { FactStore } from './fact-store.js';
import { closestPassage, findQuote, normaliseText, type NormalisedText } from './normalise-text.js';

interface LoadedText {
  normalised: NormalisedText;
  lines: LineIndex;
  raw: string;
}

/**
 * Checks that every quote occurs in its source's text file. Quotes of sources
 * without a text are reported as unverified (info). Returns the number of
 * quotes verified.
 */
export async function verifyQuotes(store: FactStore, diagnostics: Diagnostics): Promise<{ verified: number; unverified: number }> {
  const texts = new Map<string, LoadedText>();
  await Promise.all(
    [...store.sources.values()].map(async ({ source, textFile }) => {
      if (!textFile) return;
      const raw = decodeText(await readFile(textFile));
      texts.set(source.id, { raw, normalised: normaliseText(raw), lines: new LineIndex(raw) });
    }),
  );
  for (const { source, file, position, textFile, textRefused } of store.sources.values()) {
    if (source.file && !textFile && !textRefused) {
      diagnostics.warning(file, position, 'source-text-missing', `the text "${source.file}" of source "${source.id}" was not found`, {
        hint: 'put it next to sources.yaml, or add its folder to sourceTexts in course.yaml (or pass --source-texts)',
      });
    }
  }

  let verified = 0;
  let unverified = 0;
  for (const { fact, file, locate } of [...store.facts.values(), ...store.duplicates]) {
    for (const { source, quote, path: at } of citationsOf(fact)) {
      const path = [...at, 'quote'];
      const entry = store.sources.get(source);
      if (!entry || quote === undefined) continue;
      const text = texts.get(source);
      if (!text) {
        unverified++;
        diagnostics.info(file, locate(path), 'quote-unverified', `quote from "${source}" is unverified: the source has no text file`);
        continue;
      }
      const wanted = normaliseText(quote).text;
      if (findQuote(text.normalised.text, wanted) >= 0) {
        verified++;
        continue;
      }
      const { start, end } = closestPassage(text.normalised.text, wanted);
      const from = text.normalised.offsets[start] ?? 0;
      const to = (text.normalised.offsets[end - 1] ?? from) + 1;
      const passage = shortened(text.raw.slice(from, to).replace(/\s+/g, ' '), [...quote].length);
      diagnostics.error(file, locate(path), 'quote-mismatch', `quote not found in "${entry.source.file}"`, {
        hint: `copy the words exactly from the source; the closest passage is "${passage}"`,
        related: [{ file: entry.textFile!, start: text.lines.position(from), message: 'closest passage' }],
      });
    }
  }
  return { verified, unverified };
}

/** At most `length` characters of a text (an ellipsis marks the cut): a hint shows no more of a source than the quote itself. */
function shortened(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length).join('')}…`;
}
