import type { CourseConfig } from '../course/course-schema.js';
import type { Diagnostics, Position } from '../diagnostics/diagnostic.js';

/** One `{{< name arg key=value >}}` in an outline. */
export interface ShortcodeCall {
  name: string;
  /** Positional arguments, quotes removed. */
  args: string[];
  /** `key=value` arguments, quotes removed. */
  named: Record<string, string>;
  /** Where the call starts in the outline (1-based). */
  at: Position;
}

/** What a shortcode may use and where it reports. */
export interface ShortcodeContext {
  /** The file being expanded: the outline, or a file it includes. */
  file: string;
  root: string;
  lang: string;
  frontMatter: Record<string, unknown>;
  config: CourseConfig;
  /** A course file the deck shows (checked and copied like an image): its address from the deck, or why it cannot be. */
  media(src: string, kind: string): { ok: true; url: string } | { ok: false; message: string; hint: string };
  diagnostics: Diagnostics;
}

/** Reports a problem of a shortcode where it stands. */
export function warnAt(context: ShortcodeContext, at: Position, ruleId: string, message: string, hint: string): void {
  context.diagnostics.warning(context.file, at, ruleId, message, { hint });
}

/** A shortcode renders HTML (put in place verbatim) or Markdown (spliced into the outline, line by line). */
export type ShortcodeResult = { html: string } | { markdown: string; file: string };

export interface Shortcode {
  /** How to call it, for messages. */
  usage: string;
  render(call: ShortcodeCall, context: ShortcodeContext): ShortcodeResult;
}
