import { include } from './include.js';
import { kbd } from './kbd.js';
import { meta } from './meta.js';
import type { Shortcode } from './shortcode.js';
import { video } from './video.js';

/** The Quarto shortcodes Lectern renders, by name. */
export const SHORTCODES: Readonly<Record<string, Shortcode>> = { include, kbd, meta, video };
