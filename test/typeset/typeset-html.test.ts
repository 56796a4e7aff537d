import { describe, expect, it } from 'vitest';
import { monthSpaces } from '../../src/typeset/rules/month-spaces.js';
import { splitHtml } from '../../src/typeset/split-html.js';
import { typesetHtml } from '../../src/typeset/typeset-html.js';

/** No-break space and word joiner, shown as ⍽ and ⁀ so that expectations read. */
const show = (html: string) => html.replace(/\u00a0/g, '⍽').replace(/\u2060/g, '⁀');
const typeset = (html: string, lang: string) => show(typesetHtml(html, lang));

describe('typesetHtml: quotation marks per language, with nesting', () => {
  it('English: “…” outside, ‘…’ inside, apostrophes curly', () => {
    expect(typeset('<p>He said "the \'Trotskyist\' centre" was "real". It\'s over.</p>', 'en')).toBe(
      '<p>He said “the ‘Trotskyist’ centre” was “real”. It’s over.</p>',
    );
  });
  it('Russian: «…» outside, „…“ inside, also from curly or doubled input', () => {
    expect(typeset('<p>Он сказал: "процесс "блока" начался".</p>', 'ru')).toBe('<p>Он⍽сказал: «процесс „блока“ начался».</p>');
    expect(typeset('<p>И “текст “вложенный” ещё”.</p>', 'ru')).toBe('<p>И⍽«текст „вложенный“ ещё».</p>');
  });
  it('German: „…“ outside, ‚…‘ inside', () => {
    expect(typeset('<p>Er sagte "der \'Block\' war" gestern.</p>', 'de')).toBe('<p>Er sagte „der ‚Block‘ war“ gestern.</p>');
  });
  it('quotes pair within one block: an unbalanced mark in one list item leaves the next alone', () => {
    expect(typeset('<ul><li>"open</li><li>and "closed"</li></ul>', 'en')).toBe('<ul><li>“open</li><li>and “closed”</li></ul>');
  });
  it('quotes pair across inline markup', () => {
    expect(typeset('<p>"<em>Trial</em>" of "x"</p>', 'en')).toBe('<p>“<em>Trial</em>” of “x”</p>');
  });
  it('quotes around code or a formula pair as around a word', () => {
    const html = '<p>Set "<code>a|b</code>" and "<span class="katex">x</span>", then "<em>c</em>".</p>';
    expect(typeset(html, 'de')).toBe('<p>Set „<code>a|b</code>“ and „<span class="katex">x</span>“, then „<em>c</em>“.</p>');
    expect(typeset(html, 'es')).toBe('<p>Set «<code>a|b</code>» and «<span class="katex">x</span>», then «<em>c</em>».</p>');
    expect(typeset(html, 'en')).toBe('<p>Set “<code>a|b</code>” and “<span class="katex">x</span>”, then “<em>c</em>”.</p>');
  });
  it('a run with characters of its own from the private use area (an icon font\'s) keeps them and its code', () => {
    expect(typeset('<p>Icon \ue100\ue101 and <code>x</code> and <code>y</code></p>', 'en')).toBe('<p>Icon \ue100\ue101 and <code>x</code> and <code>y</code></p>');
  });
  it('an inline element with its own lang sets its quotes in that language', () => {
    expect(typeset('<p>Er sagte "ja". <span lang="en">He said "hello" and \'bye\'.</span> <span lang="fr">"Oui".</span></p>', 'de')).toBe(
      '<p>Er sagte „ja“. <span lang="en">He said “hello” and ‘bye’.</span> <span lang="fr">«\u202fOui\u202f».</span></p>',
    );
  });
  it('an element with its own lang is typeset in that language', () => {
    expect(typeset('<blockquote><p>"Hello"</p><p class="original" lang="ru">"Привет"</p></blockquote>', 'en')).toBe(
      '<blockquote><p>“Hello”</p><p class="original" lang="ru">«Привет»</p></blockquote>',
    );
  });
});

describe('typesetHtml: punctuation after quotations', () => {
  it('one full stop where a quotation ends the sentence', () => {
    expect(typeset('<p>He wrote "the end.".</p>', 'en')).toBe('<p>He wrote “the end.”</p>');
    expect(typeset('<p>Он писал «конец.».</p>', 'ru')).toBe('<p>Он⍽писал «конец».</p>');
    expect(typeset('<p>Он спросил «кто?».</p>', 'ru')).toBe('<p>Он⍽спросил «кто?»</p>');
    expect(typeset('<p>Er schrieb "das Ende.".</p>', 'de')).toBe('<p>Er schrieb „das Ende.“</p>');
  });
});

describe('typesetHtml: no-break spaces', () => {
  it('keeps a date on one line in each language', () => {
    expect(typeset('<p>on 19 August 1936, in August 1936</p>', 'en')).toBe('<p>on 19⍽August⍽1936, in August⍽1936</p>');
    expect(typeset('<p>am 19. August 1936</p>', 'de')).toBe('<p>am 19.⍽August⍽1936</p>');
    expect(typeset('<p>с 19 августа 1936 г. по август 1937 г.</p>', 'ru')).toBe('<p>с⍽19⍽августа⍽1936⍽г. по⍽август⍽1937⍽г.</p>');
  });
  it('leaves numbers and words that only look like dates apart', () => {
    expect(monthSpaces.handler!('115 May, 1.5 May, aMay 5, Mayor 5, May 12345, 5 Mayo', {} as never, {} as never).replace(/\u00a0/g, '⍽')).toBe(
      '115 May, 1.5⍽May, aMay 5, Mayor 5, May 12345, 5 Mayo',
    );
  });
  it('binds a number to its unit', () => {
    expect(typeset('<p>about 5 km away</p>', 'en')).toBe('<p>about 5⍽km away</p>');
    expect(typeset('<p>около 680 тысяч человек</p>', 'ru')).toBe('<p>около 680⍽тысяч человек</p>');
  });
  it('binds a citation mark to the word before it', () => {
    expect(typeset('<p>the trial <a class="cite" href="#/sources">[1]</a></p>', 'en')).toBe('<p>the trial⍽<a class="cite" href="#/sources">[1]</a></p>');
  });
  it('binds short words: Russian prepositions and particles, English one-letter words', () => {
    expect(typeset('<p>Он не был в Москве, но знал</p>', 'ru')).toBe('<p>Он⍽не⍽был в⍽Москве, но⍽знал</p>');
    expect(typeset('<p>It was a trial of the Old Guard</p>', 'en')).toBe('<p>It was a⍽trial of the Old Guard</p>');
  });
});

describe('typesetHtml: German abbreviations', () => {
  it('binds an abbreviation to what follows and its parts to each other, in German only', () => {
    expect(typeset('<p>ca. 5 g, z. B. bei Prof. Dr. Roth, d. h. mehr, S. 12</p>', 'de')).toBe('<p>ca.⍽5⍽g, z.⍽B.⍽bei Prof.⍽Dr.⍽Roth, d.⍽h.⍽mehr, S.⍽12</p>');
    expect(typeset('<p>Das ist gut. Dann kam er.</p>', 'de')).toContain('gut. Dann');
    expect(typeset('<p>ca. 5 people</p>', 'en')).toBe('<p>ca. 5⍽people</p>');
  });
});

describe('typesetHtml: ranges', () => {
  it('closes up an en dash between numbers, spaced or hyphenated, in every language, and never breaks after it', () => {
    const nowrap = (word: string) => `<span class="nowrap">${word}</span>`;
    expect(typeset('<p>1936-1938 and 1936 – 1938</p>', 'en')).toBe(`<p>${nowrap('1936–1938')} and ${nowrap('1936–1938')}</p>`);
    expect(typeset('<p>в 1936-1938 гг.</p>', 'ru')).toBe(`<p>${nowrap('в⍽1936–1938⍽гг.')}</p>`);
    expect(typeset('<p>1936 - 1938</p>', 'de')).toBe(`<p>${nowrap('1936–1938')}</p>`);
    expect(typeset('<p>23–30 January 1937</p>', 'en')).toBe(`<p>${nowrap('23–30⍽January⍽1937')}</p>`);
    // Inside an inline element, the range is kept together within it; a document's title holds text only.
    expect(typeset('<p><em>1936-1938</em> <a href="#">1936–38</a></p>', 'en')).toBe(`<p><em>${nowrap('1936–1938')}</em> <a href="#">${nowrap('1936–38')}</a></p>`);
    expect(typeset('<title>Trials 1936–1938</title>', 'en')).toBe('<title>Trials 1936–1938</title>');
  });
  it('joins dates that hold a space with the language’s spaced dash, bound to the first', () => {
    expect(typeset('<p>19 August 1936 – 2 September 1937</p>', 'en')).toBe('<p>19⍽August⍽1936⍽– 2⍽September⍽1937</p>');
    expect(typeset('<p>(1885 — May 1939)</p>', 'en')).toBe('<p>(1885⍽– May⍽1939)</p>');
    expect(typeset('<p>(1885 г. – май 1939 г.)</p>', 'ru')).toBe('<p>(1885⍽г.⍽— май⍽1939⍽г.)</p>');
    expect(typeset('<p>(23 сентября 1883 г. – 25 августа 1936 г.)</p>', 'ru')).toBe('<p>(23⍽сентября⍽1883⍽г.⍽— 25⍽августа⍽1936⍽г.)</p>');
  });
  it('leaves a dash between words alone', () => {
    expect(typeset('<p>They were shot - every one of them</p>', 'en')).toBe('<p>They were shot⍽— every one of them</p>');
  });
});

describe('typesetHtml: what it leaves alone', () => {
  it('code, preformatted text and math', () => {
    const code = '<p>Run <code>"x" -- \'y\'</code> now</p><pre><code>a = "b" - 1936-1938</code></pre>';
    expect(typeset(code, 'en')).toBe('<p>Run <code>"x" -- \'y\'</code> now</p><pre><code>a = "b" - 1936-1938</code></pre>');
    const math = '<p><span class="katex"><span class="katex-mathml"><math><annotation>"x" 1-2</annotation></math></span><span class="mord">"</span></span></p>';
    expect(typeset(math, 'en')).toBe(math);
  });
  it('attributes and URLs', () => {
    const html = `<p><a href="https://example.org/it's-1936-1938" title="a 'b'">link</a> see https://example.org/a--b/1936-1938 now</p>`;
    expect(typeset(html, 'en')).toBe(html);
  });
  it('scripts, styles and the markup between blocks', () => {
    const html = '<head><style>a::before{content:"\'"}</style></head>\n<body>\n<script>var a = "1936-1938";</script>\n</body>';
    expect(typeset(html, 'en')).toBe(html);
  });
  it('text in a language typograf does not know', () => {
    expect(typeset('<p>"x" 1936-1938</p>', 'xx')).toBe('<p>"x" 1936-1938</p>');
  });
  it('the code of each of two runs of the same text, typeset once', () => {
    const html = '<li>Point: <code>"plan"</code> - "a"</li><li>Point: <code>"report"</code> - "a"</li>';
    const { parts, runs } = splitHtml(html, 'en');
    expect(parts[runs[0]!.index]).toBe(parts[runs[1]!.index]);
    expect(runs.map((r) => r.kept)).toEqual([['<code>"plan"</code>'], ['<code>"report"</code>']]);
    expect(typeset(html, 'en')).toBe('<li>Point: <code>"plan"</code>⍽— “a”</li><li>Point: <code>"report"</code>⍽— “a”</li>');
  });
});

describe('typesetHtml: what the author wrote stays', () => {
  it('a bracket closed up to its word', () => {
    expect(typeset('<p>ЦК ВКП(б) и alert(1)</p>', 'ru')).toBe('<p>ЦК⍽ВКП(б) и⍽alert(1)</p>');
  });
  it('escaped markup in text', () => {
    expect(typeset('<p>Event &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>', 'en')).toBe('<p>Event &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>');
  });
});

describe('typesetHtml: escaped markup stays escaped', () => {
  it('named and numeric entities of <, > and & never come back as tags', () => {
    expect(typeset('<p>A &#60;script&#62;x&#60;/script&#62; &#38; &#x3C;b&#x3E;</p>', 'en')).toBe('<p>A⍽&lt;script&gt;x&lt;/script&gt; &amp; &lt;b&gt;</p>');
  });
});
