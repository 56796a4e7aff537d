import type { MarkdownIt, StateCore } from 'markdown-it';

const TASK = /^\[([ xX])\]\s+/;

/** Pandoc's task lists: an item that starts with `[ ]` or `[x]` shows a checkbox, ticked or not, that the reader cannot change. */
function taskLists(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i]!;
    if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'paragraph_open' || tokens[i - 2]!.type !== 'list_item_open') continue;
    const first = inline.children?.[0];
    if (first?.type !== 'text') continue;
    const m = TASK.exec(first.content);
    if (!m) continue;
    first.content = first.content.slice(m[0].length);
    const box = new state.Token('html_inline', '', 0);
    box.content = `<input type="checkbox" disabled${m[1] === ' ' ? '' : ' checked'}> `;
    inline.children!.unshift(box);
    tokens[i - 2]!.attrJoin('class', 'task-list-item');
  }
}

export function taskListsPlugin(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'task_lists', taskLists);
}
