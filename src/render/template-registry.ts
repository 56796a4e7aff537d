import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { isDirectory, isFile, resolvesInside } from '../course/course-files.js';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { tooDeepBlock } from '../outline/expand-helpers.js';
import { handlebarsError } from '../outline/helper-syntax.js';
import { escapeHtml } from '../html/escape-html.js';
import { textWithMath } from '../markdown/math-in-text.js';
import { precompiledTemplate } from './precompiled-templates.js';
import { TEMPLATE_OPTIONS, templateKey, templateSource } from './template-options.js';

/** The built-in templates shipped with Lectern. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

interface TemplateFile {
  name: string;
  file: string;
}

/**
 * The folder a template root's files must stay in: a course's own
 * `templates/` may not lead, through links, outside the course that holds it.
 * The built-in templates are Lectern's own.
 */
export function templateBoundary(root: string): string | undefined {
  return resolve(root) === resolve(BUILTIN_TEMPLATES) ? undefined : dirname(resolve(root));
}

/** Reports a course template or asset that is a link leading outside the course (and is therefore skipped). */
export function warnOutsideLink(diagnostics: Diagnostics): (file: string) => void {
  return (file) =>
    diagnostics.warning(file, { line: 1, column: 1 }, 'template-link', 'this link leads outside the course, so Lectern does not read it', {
      hint: "copy the file into the course's templates folder",
    });
}

/**
 * Walks a template root for `.hbs` files by name. Files and folders that
 * lead outside `boundary` are passed to `outside` and not read; a link back
 * up the tree is not followed.
 */
function walk(root: string, boundary: string | undefined, outside: (file: string) => void): Map<string, TemplateFile> {
  const out = new Map<string, TemplateFile>();
  const enter = (dir: string, ancestors: string[]) => {
    const real = realpathSync(dir);
    if (ancestors.includes(real)) return;
    for (const entry of readdirSync(dir).sort()) {
      const file = join(dir, entry);
      const folder = isDirectory(file);
      if (!folder && !(entry.endsWith('.hbs') && isFile(file))) continue;
      if (boundary && !resolvesInside(boundary, file)) outside(file);
      else if (folder) enter(file, [...ancestors, real]);
      else {
        const name = relative(root, file).slice(0, -4).split(sep).join('/');
        out.set(name, { name, file });
      }
    }
  };
  if (!isDirectory(root)) return out;
  if (boundary && !resolvesInside(boundary, root)) outside(root);
  else enter(root, []);
  return out;
}

/**
 * Templates by name, from the built-ins and then each later root (a course's
 * own `templates/`), a later file shadowing an earlier one of the same name.
 * Each registry has its own Handlebars instance; templates compile on first use.
 * A course's templates that are links leading outside the course are skipped
 * with a warning.
 */
export class TemplateRegistry {
  private readonly hbs = Handlebars.create();
  private readonly files = new Map<string, TemplateFile>();
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate | null>();

  constructor(
    roots: string[],
    private readonly diagnostics: Diagnostics,
  ) {
    const outside = warnOutsideLink(diagnostics);
    for (const root of roots) for (const [name, file] of walk(root, templateBoundary(root), outside)) this.files.set(name, file);
    this.hbs.unregisterHelper('log'); // it prints to the console, amid lectern's own output (see knownHelpers below)
    this.hbs.registerHelper('sectionAttributes', sectionAttributes);
    this.hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    this.hbs.registerHelper('json', (value: unknown) => new Handlebars.SafeString(escapeHtml(JSON.stringify(value))));
    // A fact's text with its $…$ formulas typeset, escaped otherwise.
    this.hbs.registerHelper('math', (value: unknown) => new Handlebars.SafeString(textWithMath(value === undefined || value === null ? '' : String(value))));
    for (const { name } of this.files.values()) {
      if (name.startsWith('partials/')) {
        this.hbs.registerPartial(name.slice('partials/'.length), (data: unknown, options?: Handlebars.RuntimeOptions) =>
          this.render(name, data, options),
        );
      }
    }
  }

  /** Compiles every template now, reporting syntax errors without rendering anything (what `lectern check` needs). */
  compileAll(): void {
    for (const name of this.files.keys()) this.compile(name);
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
    const source = templateSource(name, readFileSync(entry.file, 'utf8'));
    const deep = tooDeepBlock(source);
    if (deep) {
      this.diagnostics.error(entry.file, { line: deep.line, column: deep.column }, 'template', deep.message, { hint: deep.hint });
      this.compiled.set(name, null);
      return null;
    }
    try {
      const spec = precompiledTemplate(templateKey(source));
      if (spec) template = this.hbs.template(spec);
      else {
        const ast = this.hbs.parse(source);
        this.warnHelperlessBlocks(entry.file, ast);
        template = this.hbs.compile(ast, TEMPLATE_OPTIONS);
      }
    } catch (error) {
      this.report(name, error, source);
      template = null;
    }
    this.compiled.set(name, template);
    return template;
  }

  /**
   * A block without arguments whose name is no helper ({{#nohelper}}) is, to
   * Handlebars, a block over that value of the page's data: usually a
   * misspelt helper that renders as nothing. Each is reported.
   */
  private warnHelperlessBlocks(file: string, ast: hbs.AST.Program): void {
    const visit = (node: hbs.AST.Node): void => {
      if (node.type === 'BlockStatement') {
        const block = node as hbs.AST.BlockStatement;
        const path = block.path as hbs.AST.PathExpression;
        if (path.type === 'PathExpression' && !path.data && path.parts.length === 1 && !block.params.length && !this.hbs.helpers[path.original]) {
          this.diagnostics.warning(file, { line: block.loc.start.line, column: block.loc.start.column + 1 }, 'template', `{{#${path.original}}} is not a helper: the block shows only when the page's data has a "${path.original}"`, {
            hint: `write {{#if ${path.original}}} or {{#with ${path.original}}} if that is meant; the helpers are ${Object.keys(this.hbs.helpers).sort().join(', ')}`,
          });
        }
        for (const child of [block.program, block.inverse]) if (child) visit(child);
      }
      if (node.type === 'Program') for (const child of (node as hbs.AST.Program).body) visit(child);
    };
    visit(ast);
  }

  private report(name: string, error: unknown, source?: string): void {
    const { line, column, message } = handlebarsError(error, source);
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
