/**
 * Code with line numbers and highlighted lines, and Quarto's stepwise
 * highlighting (`code-line-numbers="1-2|4|6"`): each step after the first is
 * a copy of the block shown as a fragment over the previous one.
 */

/** `"1-2,4"` → [1, 2, 4]; an empty part highlights nothing. */
export function parseLineSet(spec: string): number[] | undefined {
  const lines: number[] = [];
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    for (let n = from; n <= Math.min(to, from + 10_000); n++) lines.push(n);
  }
  return lines;
}

/** `code-line-numbers` as steps: `true` → numbers only (one step, nothing highlighted); `"1|2-3"` → two steps. */
export function parseLineSteps(spec: string): number[][] | undefined {
  if (spec === 'true' || spec === '') return [[]];
  const steps = spec.split('|').map(parseLineSet);
  return steps.every((s): s is number[] => s !== undefined) ? steps : undefined;
}

/** Splits highlighted HTML into lines, closing the spans open at each line end and opening them again on the next. */
export function splitHighlightedLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = '';
  for (const part of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (part === '\n') {
      lines.push(current + '</span>'.repeat(open.length));
      current = open.join('');
    } else {
      if (part.startsWith('<span')) open.push(part);
      else if (part === '</span>') open.pop();
      current += part;
    }
  }
  if (current !== open.join('') || !lines.length) lines.push(current);
  return lines;
}

/** One `<code>` of numbered lines, the given ones highlighted. */
function codeStep(lines: string[], highlight: number[], codeClass: string): string {
  const marked = new Set(highlight);
  const body = lines.map((line, i) => `<span class="line${marked.has(i + 1) ? ' hl' : ''}">${line}</span>`).join('');
  return `<code class="${codeClass} line-numbers${marked.size ? ' has-highlights' : ''}">${body}</code>`;
}

/**
 * Highlighted code as numbered lines, one `<pre>` per step, each after the
 * first a fragment; `attributes` (HTML, with its classes apart) go on the block.
 */
export function renderLineSteps(html: string, steps: number[][], codeClass: string, classes: string[], attributes: string): string {
  const lines = splitHighlightedLines(html.replace(/\n$/, ''));
  const pres = steps.map((step, i) => `<pre${i ? ' class="code-step fragment"' : ''}>${codeStep(lines, step, codeClass)}</pre>`);
  return `<div class="${['code-steps', ...classes].join(' ')}"${attributes}>${pres.join('')}</div>\n`;
}
