import { createHash } from 'node:crypto';

/** How every template compiles: the same at run time and when the built-ins are precompiled with the package. */
export const TEMPLATE_OPTIONS = { strict: false, preventIndent: true, knownHelpers: { log: false } } as const;

/** What a template is compiled from: a partial is inserted inline, so its file's final newline is not part of it. */
export function templateSource(name: string, text: string): string {
  return name.startsWith('partials/') ? text.replace(/\r?\n$/, '') : text;
}

/** The key of a template's compiled form: its source, whichever file it comes from. */
export function templateKey(source: string): string {
  return createHash('sha1').update(source).digest('hex');
}
