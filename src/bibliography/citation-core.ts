import { createRequire } from 'node:module';

type Core = typeof import('@citation-js/core');

const load = createRequire(import.meta.url);
let core: Core | undefined;
const loadedPlugins = new Set<string>();

/**
 * Citation.js with the plugins asked for, loaded on first use: a course that
 * cites nothing and keeps no bibliography file builds without it.
 */
export function citationCore(...plugins: Array<'csl' | 'bibtex'>): Core {
  core ??= load('@citation-js/core') as Core;
  for (const plugin of plugins) {
    if (loadedPlugins.has(plugin)) continue;
    load(`@citation-js/plugin-${plugin}`);
    loadedPlugins.add(plugin);
  }
  return core;
}
