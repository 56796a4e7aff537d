import type { StateCore, Token } from 'markdown-it';

export interface Place {
  /** 0-based line of the Markdown being rendered. */
  line: number;
  /** 1-based column. */
  column: number;
}

/**
 * Where pieces of an inline token's text stand in the source: the place of
 * each `text` in the token's source lines, in order of appearance (a text
 * met again is looked for after the one before). Inline tokens keep their
 * lines only, not columns: this finds them.
 */
export function sourcePlaces(state: StateCore, inline: Token): (text: string) => Place {
  const [first, end] = inline.map ?? [0, 1];
  const lines = sourceLines(state).slice(first, end);
  const after = new Map<string, { line: number; index: number }>();
  return (text) => {
    const from = after.get(text) ?? { line: 0, index: 0 };
    for (let l = from.line; l < lines.length; l++) {
      const index = lines[l]!.indexOf(text, l === from.line ? from.index : 0);
      if (index < 0) continue;
      after.set(text, { line: l, index: index + 1 });
      return { line: first + l, column: index + 1 };
    }
    return { line: first, column: 1 };
  };
}

const split = new WeakMap<StateCore, string[]>();

/** The source's lines, split once per parse. */
function sourceLines(state: StateCore): string[] {
  let lines = split.get(state);
  if (!lines) split.set(state, (lines = state.src.split('\n')));
  return lines;
}
