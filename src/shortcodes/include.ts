import { readInclude } from './read-include.js';
import { warnAt, type Shortcode } from './shortcode.js';

/** `{{< include _part.md >}}`: the Markdown of another file of the course, in place. */
export const include: Shortcode = {
  usage: '{{< include _part.md >}}',
  render({ args, at }, context) {
    const path = args[0];
    if (!path) {
      warnAt(context, at, 'shortcode-arguments', '{{< include >}} needs a file', 'write {{< include _part.md >}}, a path relative to the outline');
      return { html: '' };
    }
    const found = readInclude(context.root, context.file, path);
    if (!found.ok) {
      warnAt(context, at, 'include', found.message, found.hint);
      return { html: '' };
    }
    return { markdown: found.text, file: found.file };
  },
};
