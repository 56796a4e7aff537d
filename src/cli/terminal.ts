import { createColors } from 'picocolors';
import type { Styles } from '../diagnostics/format-diagnostics.js';
import { useColor } from './use-color.js';

/** The colours for messages written to a stream, or none (see useColor). */
export function stylesFor(stream: NodeJS.WriteStream = process.stderr): Styles {
  return createColors(useColor(stream));
}
