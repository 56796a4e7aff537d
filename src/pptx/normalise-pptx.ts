/** The zip date of every part when no SOURCE_DATE_EPOCH is given: the same input gives the same bytes. */
const DEFAULT_DATE = new Date(Date.UTC(2000, 0, 1));

/** Paragraph properties may only open a paragraph (CT_TextParagraph): pptxgenjs repeats them before later runs. */
function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, inner: string) => `<a:p>${inner.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pPr: string, at: number) => (at === 0 ? pPr : ''))}</a:p>`);
}

/** pptxgenjs declares a slide master per slide, but writes only the first: a declared part that is missing makes PowerPoint repair the file. */
function declaredPartsOnly(xml: string, parts: Set<string>): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override: string, part: string) => (parts.has(part) ? override : ''));
}

/**
 * Makes a .pptx reproducible and valid: every part of the zip gets the same
 * date, and the document's created and modified times are that date; the
 * package declares only the parts it has, and each paragraph has its
 * properties once, first, as PowerPoint requires. Fonts PowerPoint lacks are
 * matched by family (a sans serif for the body, a fixed pitch for code)
 * rather than replaced at random.
 */
export async function normalisePptx(bytes: Uint8Array, date: Date = DEFAULT_DATE): Promise<Uint8Array> {
  // Loaded here, not with the module: a command that can export pptx but does not (pdf without --pptx) never reads it.
  const { default: JSZip } = await import('jszip');
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async(/\.(xml|rels)$/.test(name) ? 'string' : 'uint8array');
    if (typeof content === 'string') {
      if (name === '[Content_Types].xml') content = declaredPartsOnly(content, new Set(Object.keys(source.files)));
      if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) content = oneParagraphProperties(content);
      if (name === 'docProps/core.xml') content = content.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
      content = content.replace(/<a:latin typeface="([^"]+)"(?![^>]*pitchFamily)/g, (_, face: string) => `<a:latin typeface="${face}" pitchFamily="${/mono/i.test(face) ? 49 : 34}" charset="0"`);
    }
    target.file(name, content, { date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
