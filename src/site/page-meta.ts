/** What a page's <head> says about it to search engines and link previews. */
export interface PageMeta {
  canonical?: string;
  /** Open Graph properties, in order. */
  og: Array<{ property: string; content: string }>;
}

export interface PageFacts {
  /** The page's path in the output. */
  path: string;
  title: string;
  description?: string;
  lang: string;
  siteName: string;
  /** Path in the output of an image of the page (a deck's title slide). */
  image?: string;
}

/** The address of an output path on the published site: `index.html` stands for its folder. */
export function siteAddress(siteUrl: string, path: string): string {
  return (siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) + encodeURI(path.replace(/(^|\/)index\.html$/, '$1'));
}

/** Canonical link and Open Graph metadata, when the course says where it is published (`siteUrl`). */
export function pageMeta(siteUrl: string | undefined, page: PageFacts): PageMeta {
  if (!siteUrl) return { og: [] };
  const og = [
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:title', content: page.title },
    ...(page.description ? [{ property: 'og:description', content: page.description }] : []),
    { property: 'og:url', content: siteAddress(siteUrl, page.path) },
    { property: 'og:locale', content: page.lang.replace('-', '_') },
    ...(page.image ? [{ property: 'og:image', content: siteAddress(siteUrl, page.image) }] : []),
  ];
  return { canonical: siteAddress(siteUrl, page.path), og };
}
