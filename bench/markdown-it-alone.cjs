/*
 * The least any Markdown-to-HTML build with markdown-it can take: a fresh
 * Node process that loads markdown-it, renders one Markdown file with its
 * defaults and writes the HTML. Nothing else (no templates, typography,
 * checks or site), so it times the parser and Node's start-up alone.
 *
 *   node bench/markdown-it-alone.cjs <in.md> <out.html>
 */
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const MarkdownIt = require('markdown-it');

const [input, output] = process.argv.slice(2);
writeFileSync(output, new MarkdownIt().render(readFileSync(input, 'utf8')));
