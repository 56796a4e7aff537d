import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { miniCourseIn } from '../helpers/course-files.js';
import { tempDir } from '../helpers/paths.js';
import { pdfInfo, pdfText } from '../helpers/pdf-tools.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

/** A Spanish lecture with a numbered formula, table and figure, a cited fact and notes. */
const OUTLINE = `---
title: "Los procesos de Moscú"
date: 2026-10-12
---

# Primera parte

## El proceso

- Celebrado {{date "first-trial"}} {{cite "first-trial"}}
- Arrestos: {{figure "arrests"}}

Véase @eq-energia, @tbl-datos y @fig-punto.

::: notes
Subrayar la puesta en escena.
:::

## Datos

$$
E = mc^2
$$ {#eq-energia}

| Año | Hecho |
|---|---|
| 1936 | {{fact "first-trial"}} |

: Datos del proceso {#tbl-datos}

## Imagen

![Un punto](images/dot.png){#fig-punto}
`;

let out = '';
let result: CliResult;
const deck = (file: string) => join(out, 'es/01-demo', file);
/** PDF text with its layout spaces folded. */
const text = (file: string) => pdfText(deck(file)).replace(/\s+/g, ' ');

beforeAll(() => {
  const course = miniCourseIn('es', 'El primer proceso público tuvo lugar en agosto de 1936.', { '01-demo.es.md': OUTLINE });
  out = join(tempDir(), 'out');
  result = runCli(['build', course, '--out', out, '--lang', 'es', '--pdf']);
}, 120_000);

describe('a Spanish course', () => {
  it('builds without the warning that its labels fall back to English', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr + result.stdout).not.toMatch(/untranslated-language|no words of its own/);
  });

  it('labels its slides in Spanish: references, captions, sources, approximate figures', () => {
    const html = readFileSync(deck('index.html'), 'utf8');
    expect(html).toMatch(/Véase <a[^>]*>Ecuación\s1<\/a>, <a[^>]*>Tabla\s1<\/a>\sy\s<a[^>]*>Figura\s1<\/a>/);
    expect(html).toMatch(/Tabla\s1: Datos del proceso/);
    expect(html).toContain('<h2>Fuentes</h2>');
    expect(html).toMatch(/aprox\.\s30\.000/);
    expect(html).not.toMatch(/\b(Equation|Table|Figure|Sources|Lecture) \d|>Sources</);
  });

  it('writes its handouts in Spanish: title, cover, contents, slide labels and page numbers', () => {
    expect(pdfInfo(deck('handout.pdf')).Title).toBe('Clase 1: Los procesos de Moscú — material para docentes');
    expect(pdfInfo(deck('handout-student.pdf')).Title).toBe('Clase 1: Los procesos de Moscú — material para estudiantes');
    const lecturer = text('handout.pdf');
    expect(lecturer).toMatch(/CLASE 1|Clase 1/);
    expect(lecturer).toContain('12 de octubre de 2026');
    expect(lecturer).toContain('Material para docentes');
    expect(lecturer).toContain('Índice');
    expect(lecturer).toMatch(/Diapositiva \d/);
    expect(lecturer).toMatch(/Página 2 de \d/);
    expect(lecturer).not.toMatch(/\b(Lecture|Lecturer|Contents|Slide \d|Page \d)/);
  });

  it('labels the fact index in Spanish', () => {
    const site = readFileSync(join(out, 'es/facts.html'), 'utf8');
    expect(site).toContain('Índice de datos');
    expect(site).toMatch(/diapositiva\u00a0?\s?\d/);
    expect(site).not.toMatch(/Fact index|\bslide \d/);
  });
});
