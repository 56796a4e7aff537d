import type { StateCore, Token } from 'markdown-it';

/**
 * Splits the text children of an inline token where `pattern` (global)
 * matches, each match becoming the token `replace` makes; the text around
 * the matches stays text.
 */
export function splitText(state: StateCore, inline: Token, pattern: RegExp, replace: (match: RegExpMatchArray, like: Token) => Token): void {
  const children: Token[] = [];
  for (const child of inline.children ?? []) {
    const matches = child.type === 'text' ? [...child.content.matchAll(pattern)] : [];
    if (!matches.length) {
      children.push(child);
      continue;
    }
    let last = 0;
    for (const m of matches) {
      if (m.index > last) children.push(textToken(state, child, child.content.slice(last, m.index)));
      children.push(replace(m, child));
      last = m.index + m[0].length;
    }
    if (last < child.content.length) children.push(textToken(state, child, child.content.slice(last)));
  }
  inline.children = children;
}

function textToken(state: StateCore, like: Token, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  token.level = like.level;
  return token;
}
