/**
 * Files the exporters write beside a deck (PDFs, PowerPoint, the record of
 * what the PDFs were printed from and the title slide's picture): a build
 * keeps them, it does not make them.
 */
export function isExportedFile(path: string): boolean {
  return /\.(pdf|pptx)$|(^|\/)(pdfs\.json|title\.png)$/.test(path);
}
