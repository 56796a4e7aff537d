/* The markdown-it plugins used without types of their own (footnote, sub, sup, deflist, bracketed spans): each is `md.use(plugin)`. */
declare module 'markdown-it-*' {
  const plugin: (md: import('markdown-it').MarkdownIt) => void;
  export default plugin;
}
