/** Files the exporters write beside a deck (PDFs, PowerPoint): a build keeps them, it does not make them. */
export function isExportedFile(path: string): boolean {
  return /\.(pdf|pptx)$/.test(path);
}
