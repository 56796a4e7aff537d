const ENTITIES: Record<string, string> = { quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&', nbsp: '\u00a0' };

/** The text of an HTML fragment: tags dropped, the entities Lectern writes decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(quot|#39|lt|gt|nbsp|amp);/g, (_, name: string) => ENTITIES[name]!)
    .trim();
}
