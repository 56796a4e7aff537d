// The parts of Citation.js that Lectern uses (the packages ship no types).

declare module '@citation-js/name' {
  export interface CslName {
    family?: string;
    given?: string;
    suffix?: string;
    literal?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
  }
  export function parse(name: string): CslName;
}

declare module '@citation-js/core' {
  export interface CslItem {
    id: string;
    type: string;
    [field: string]: unknown;
  }
  export interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
    entry?: string | string[];
    asEntryArray?: boolean;
    nosort?: boolean;
  }
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: CslItem[];
    format(style: 'bibliography' | 'citation', options?: FormatOptions): string | Array<[string, string]>;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        templates: { add(name: string, xml: string): void; has(name: string): boolean };
        locales: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
    input: { chain(data: unknown, options?: { forceType?: string; generateGraph?: boolean }): CslItem[] };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
