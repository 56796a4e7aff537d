import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { handlebarsError } from '../outline/expand-helpers.js';
import { escapeHtml } from './escape-html.js';

/** The built-in templates shipped with Lectern. */
export const BUILTIN_TEMPLATES = new URL('../../templates/', import.meta.url).pathname;

interface TemplateFile {
  name: string;
  file: string;
}

function walk(root: string, dir = root, out = new Map<string, TemplateFile>()): Map<string, TemplateFile> {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir).sort()) {
    const file = join(dir, entry);
    if (statSync(file).isDirectory()) walk(root, file, out);
    else if (entry.endsWith('.hbs')) {
      const name = relative(root, file).slice(0, -4).split(sep).join('/');
      out.set(name, { name, file });
    }
  }
  return out;
}

/**
 * Templates by name, from the built-ins and then each later root (a course's
 * own `templates/`), a later file shadowing an earlier one of the same name.
 * Each registry has its own Handlebars instance; templates compile on first use.
 */
export class TemplateRegistry {
  private readonly hbs = Handlebars.create();
  private readonly files = new Map<string, TemplateFile>();
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate | null>();

  constructor(
    roots: string[],
    private readonly diagnostics: Diagnostics,
  ) {
    for (const root of roots) for (const [name, file] of walk(root)) this.files.set(name, file);
    this.hbs.registerHelper('sectionAttributes', sectionAttributes);
    this.hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    this.hbs.registerHelper('json', (value: unknown) => new Handlebars.SafeString(escapeHtml(JSON.stringify(value))));
    for (const { name } of this.files.values()) {
      if (name.startsWith('partials/')) {
        this.hbs.registerPartial(name.slice('partials/'.length), (data: unknown, options?: Handlebars.RuntimeOptions) =>
          this.render(name, data, options),
        );
      }
    }
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /** The file a template name resolves to (for watching and for messages). */
  fileOf(name: string): string | undefined {
    return this.files.get(name)?.file;
  }

  /** Renders a template; a template error is reported at its file and line, and renders as nothing. */
  render(name: string, data: unknown, options?: Handlebars.RuntimeOptions): string {
    const template = this.compile(name);
    if (!template) return '';
    try {
      return template(data, options);
    } catch (error) {
      this.report(name, error);
      this.compiled.set(name, null);
      return '';
    }
  }

  private compile(name: string): HandlebarsTemplateDelegate | null {
    let template = this.compiled.get(name);
    if (template !== undefined) return template;
    const entry = this.files.get(name);
    if (!entry) throw new Error(`no template "${name}"`);
    try {
      // A partial is inserted inline: its file's final newline is not part of it.
      const text = readFileSync(entry.file, 'utf8');
      const source = name.startsWith('partials/') ? text.replace(/\r?\n$/, '') : text;
      template = this.hbs.compile(this.hbs.parse(source), { strict: false, preventIndent: true });
    } catch (error) {
      this.report(name, error);
      template = null;
    }
    this.compiled.set(name, template);
    return template;
  }

  private report(name: string, error: unknown): void {
    const { line, column, message } = handlebarsError(error);
    this.diagnostics.error(this.files.get(name)!.file, { line, column }, 'template', message, {
      hint: `fix the template "${name}"`,
    });
  }
}

/** The attributes of a slide's <section>: id, classes and reveal.js data attributes, escaped. */
function sectionAttributes(slide: { id?: string; classes: string[]; attributes: Array<[string, string]> }): Handlebars.SafeString {
  const parts: string[] = [];
  if (slide.id) parts.push(` id="${escapeHtml(slide.id)}"`);
  if (slide.classes.length) parts.push(` class="${escapeHtml(slide.classes.join(' '))}"`);
  for (const [key, value] of slide.attributes) parts.push(` ${escapeHtml(key)}="${escapeHtml(value)}"`);
  return new Handlebars.SafeString(parts.join(''));
}
