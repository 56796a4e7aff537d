import { createRequire } from 'node:module';

type Specs = Record<string, TemplateSpecification>;
let specs: Specs | undefined;

/**
 * The compiled form of a template whose source is one of the built-ins as
 * the package shipped them (dist/precompiled-templates.cjs, written by
 * `npm run compile`), or undefined: any other source compiles at run time.
 */
export function precompiledTemplate(key: string): TemplateSpecification | undefined {
  if (!specs) {
    try {
      specs = createRequire(import.meta.url)('../precompiled-templates.cjs') as Specs;
    } catch {
      specs = {};
    }
  }
  return specs[key];
}
