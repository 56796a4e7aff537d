/** The script tag that brings live reload to a page; `version` is the output version the page belongs to. */
export function liveScriptTag(version: number): string {
  return `<script src="/__lectern/live.js" data-version="${version}"></script>`;
}

/**
 * Adds the live-reload script to a page as it is sent, before its last
 * `</body>` (or at its end): the file on disk stays as the build wrote it.
 */
export function injectLiveScript(html: string, version: number): string {
  const tag = liveScriptTag(version);
  const at = html.lastIndexOf('</body>');
  return at < 0 ? `${html}${tag}\n` : `${html.slice(0, at)}${tag}\n${html.slice(at)}`;
}
