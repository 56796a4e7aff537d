import { escapeHtml } from '../html/escape-html.js';
import { warnAt, type Shortcode } from './shortcode.js';

/** The embedding address of a YouTube or Vimeo page, if the source is one. */
export function embedUrl(src: string): string | undefined {
  const youtube = /^https?:\/\/(?:www\.)?(?:youtube\.com\/(?:watch\?(?:.*&)?v=|embed\/)|youtu\.be\/)([\w-]+)/.exec(src);
  if (youtube) return `https://www.youtube.com/embed/${youtube[1]}`;
  const vimeo = /^https?:\/\/(?:www\.|player\.)?vimeo\.com\/(?:video\/)?(\d+)/.exec(src);
  if (vimeo) return `https://player.vimeo.com/video/${vimeo[1]}`;
  return undefined;
}

const SIZE = /^\d+(?:\.\d+)?(?:px|%|em|rem|vw|vh)?$/;

/**
 * `{{< video src [width=…] [height=…] [title=…] [start=…] >}}`: a local file
 * (checked and copied like an image) or a remote one in a <video>; YouTube
 * and Vimeo pages in their player's iframe.
 */
export const video: Shortcode = {
  usage: '{{< video videos/clip.mp4 >}}',
  render({ args, named, at }, context) {
    const src = named.src ?? args[0];
    if (!src) {
      warnAt(context, at, 'shortcode-arguments', '{{< video >}} needs a source', 'write {{< video videos/clip.mp4 >}} or a YouTube address');
      return { html: '' };
    }
    const style = ['width', 'height']
      .filter((key) => named[key] && SIZE.test(named[key]!))
      .map((key) => `${key}:${/^\d+(?:\.\d+)?$/.test(named[key]!) ? `${named[key]}px` : named[key]}`)
      .join(';');
    const attrs = `${style ? ` style="${escapeHtml(style)}"` : ''}${named.title ? ` title="${escapeHtml(named.title)}"` : ''}`;
    const start = named.start && /^\d+$/.test(named.start) ? named.start : undefined;
    const embed = embedUrl(src);
    if (embed) {
      const url = start ? `${embed}?start=${start}` : embed;
      return {
        html: `<div class="quarto-video"><iframe src="${escapeHtml(url)}"${attrs} allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe></div>`,
      };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^https?:/i.test(src)) {
      context.diagnostics.error(context.file, at, 'media', `video "${src}" is neither a file of the course nor an http(s) address`, {
        hint: 'put the video in the course (videos/clip.mp4), or give its https:// address',
      });
      return { html: '' };
    }
    const local = context.media(src, 'video');
    if (!local.ok) {
      context.diagnostics.error(context.file, at, 'media', local.message, { hint: local.hint });
      return { html: '' };
    }
    const url = start ? `${local.url}#t=${start}` : local.url;
    return { html: `<div class="quarto-video"><video src="${escapeHtml(url)}" controls preload="metadata"${attrs}></video></div>` };
  },
};
