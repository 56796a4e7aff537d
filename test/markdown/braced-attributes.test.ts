import markdownIt from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import { describe, expect, it } from 'vitest';
import { bracedAttributesPlugin, bracedRanges } from '../../src/markdown/braced-attributes.js';

type Plugin = (md: ReturnType<typeof markdownIt>, options: object) => void;

/** Attribute placements markdown-it-attrs knows, one case each, and text around them without braces. */
const CASES = [
  '# header {.style-me}\nparagraph {data-toggle=modal}',
  'paragraph *style me*{.red} more text',
  '```python {data=asdf}\nnums = [x for x in range(10)]\n```',
  'Use the css-module green on this paragraph. {..green}',
  'paragraph with [a style me span]{.red}',
  '*i want [all of this](/link){target="_blank"} to be italics*',
  '- list item **bold**{.red}',
  '- list item **bold** {.red}',
  '- item\n{.a}',
  '- nested list\n  - with double \\n\n  {.a}\n\n{.b}',
  '- item {.item}\n- other',
  '1. one\n2. two\n\n{.ordered}',
  'some text\n{.cls}',
  '--- {#rule}',
  '| h1 | h2 |\n| -- | -- |\n| c1 | c2 |\n\n{.table}',
  '| A | B | C | D |\n| -- | -- | -- | -- |\n| 1 | 11 | 111 | 1111 {rowspan=3} |\n| 2 {colspan=2 rowspan=2} | 22 | 222 | 2222 |\n| 3 | 33 | 333 | 3333 |',
  '> quoted {.q}\n> more',
  'text {#red .green regex=allowed onclick=alert(1)}',
  'escaped \\{.not}',
  'entity &#123;.cls&#125;',
  'image ![alt](img.png){width=50%}',
  '`code`{.lang}',
  '## Slide {background-color="#223" .smaller}\n\nBody text.',
];

const CLEAN = ['Plain paragraph.', '- a\n- b', '| x | y |\n| - | - |\n| 1 | 2 |', '> a quote', '```\ncode\n```', '---', '1. one\n2. two'];

function render(plugin: Plugin, source: string, options: object = {}): string {
  const md = markdownIt({ html: true });
  plugin(md, options);
  return md.render(source);
}

const original: Plugin = (md, options) => md.use(markdownItAttrs as unknown as Plugin, options);

describe('markdown-it-attrs on braced blocks only', () => {
  it.each(CASES)('renders %j as markdown-it-attrs does', (source) => {
    expect(render(bracedAttributesPlugin, source)).toBe(render(original, source));
  });

  it('renders each case amid blocks without braces as markdown-it-attrs does, with and without an allow-list', () => {
    const source = CASES.flatMap((c, i) => [CLEAN[i % CLEAN.length]!, c, CLEAN[(i + 3) % CLEAN.length]!]).join('\n\n');
    for (const options of [{}, { allowedAttributes: ['id', 'class', /^data-/] }]) {
      expect(render(bracedAttributesPlugin, source, options)).toBe(render(original, source, options));
    }
  });

  it('hands the rule only the blocks that hold a brace and their neighbours', () => {
    const md = markdownIt();
    const tokens = md.parse(['one', 'two', 'three {.x}', 'four', 'five', 'six', '# seven {#s}'].join('\n\n'), {});
    // Each paragraph is three tokens (open, inline, close), the heading too.
    expect(bracedRanges(tokens)).toEqual([[3, 12], [15, 21]]);
    expect(bracedRanges(md.parse('no braces\n\n- at all', {}))).toEqual([]);
  });
});
