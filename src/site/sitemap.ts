import { escapeHtml } from '../html/escape-html.js';
import { siteAddress } from './page-meta.js';

/** sitemap.xml for the pages of a site published at `siteUrl`, in the order given. */
export function sitemap(siteUrl: string, pages: string[]): string {
  const urls = pages.map((path) => `  <url><loc>${escapeHtml(siteAddress(siteUrl, path))}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}</urlset>\n`;
}
