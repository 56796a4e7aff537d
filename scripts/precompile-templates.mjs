// Precompiles the built-in templates into dist/precompiled-templates.cjs, keyed by the hash of
// their source, so that a build renders them without compiling Handlebars to JavaScript each time.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATE_OPTIONS, templateKey, templateSource } from '../dist/render/template-options.js';

const root = new URL('../templates/', import.meta.url).pathname;
const entries = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.hbs')) {
      const name = relative(root, file).slice(0, -4).split(sep).join('/');
      const source = templateSource(name, readFileSync(file, 'utf8'));
      entries.push(`${JSON.stringify(templateKey(source))}: ${Handlebars.precompile(source, TEMPLATE_OPTIONS)}`);
    }
  }
};
walk(root);
writeFileSync(new URL('../dist/precompiled-templates.cjs', import.meta.url), `module.exports = {\n${entries.join(',\n')}\n};\n`);
