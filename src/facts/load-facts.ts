import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { isFile, isInside, resolvesInside } from '../course/course-files.js';
import { factsFiles, readableInCourse } from '../course/find-course-files.js';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { loadBibliographyFiles } from '../bibliography/load-bibliography.js';
import { readYaml, validate, type YamlPath } from '../course/read-yaml.js';
import { citationsOf, factFileSchema, factSchema, sourceSchema, sourcesFileSchema } from './fact-schema.js';
import { FactStore } from './fact-store.js';
import { didYouMean } from './did-you-mean.js';
import { checkFactFormulas } from './fact-formulas.js';

/**
 * Reads sources.yaml (and sources.bib or sources.json beside it) and
 * facts/*.yaml into a store, reporting every problem. `defaultLang` is the
 * language of a bibliography record that does not name its own.
 */
export async function loadFacts(
  root: string,
  sourceTexts: string[],
  diagnostics: Diagnostics,
  read: (file: string) => Promise<string> = (file) => readFile(file, 'utf8'),
  defaultLang = 'en',
): Promise<FactStore> {
  const store = new FactStore();
  await loadSources(root, sourceTexts, store, diagnostics, read);
  await loadBibliographyFiles(root, store, diagnostics, read, defaultLang);

  const files = factsFiles(root, diagnostics);
  const texts = await Promise.all(files.map(read));
  files.forEach((file, i) => loadFactFile(file, texts[i]!, store, diagnostics));
  checkReferences(store, diagnostics);
  checkFactFormulas(store, diagnostics);
  return store;
}

async function loadSources(
  root: string,
  sourceTexts: string[],
  store: FactStore,
  diagnostics: Diagnostics,
  read: (file: string) => Promise<string>,
): Promise<void> {
  const file = join(root, 'sources.yaml');
  if (!readableInCourse(root, file, diagnostics, 'the list of sources')) return;
  const before = diagnostics.list.length;
  const yaml = readYaml(file, await read(file), diagnostics);
  const list = yaml && validate(yaml, yaml.value ?? [], sourcesFileSchema, diagnostics);
  if (!yaml || !list) {
    diagnostics.markUnloaded(before, 'sources');
    return;
  }
  const searchPath = [root, ...sourceTexts.map((dir) => resolve(root, dir))];
  list.forEach((item, i) => {
    // Each source on its own: one bad entry must not make every citation of the course unknown.
    const source = validate(yaml, item, sourceSchema, diagnostics, [i]);
    if (!source) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') store.invalidSources.add(id);
      return;
    }
    const position = yaml.locate([i, 'id']);
    const earlier = store.sources.get(source.id);
    if (earlier) {
      diagnostics.error(file, position, 'duplicate-id', `source "${source.id}" is defined twice`, {
        hint: 'give each source its own id',
        related: [{ file: earlier.file, start: earlier.position, message: 'first defined here' }],
      });
      return;
    }
    const text = source.file === undefined ? undefined : findSourceText(source.file, searchPath);
    if (text && 'refused' in text) {
      diagnostics.error(file, yaml.locate([i, 'file']), 'source-file', `the text "${source.file}" of source "${source.id}" ${text.refused}`, {
        hint: 'name a file inside the course folder or a folder listed in sourceTexts, relative to it (copy the text there)',
      });
    }
    const textFile = text && 'file' in text ? text.file : undefined;
    const locate = (path: YamlPath) => yaml.locate([i, ...path]);
    store.sources.set(source.id, { source, file, position, locate, textFile, textRefused: Boolean(text && 'refused' in text) });
  });
}

/**
 * A source's text file: a relative path that stays, once every link is
 * resolved, inside the course or one of its sourceTexts folders. Anything
 * else is refused, so that a source cannot have Lectern read and quote back
 * any file of the machine.
 */
function findSourceText(name: string, folders: string[]): { file: string } | { refused: string } | undefined {
  if (isAbsolute(name)) return { refused: 'is an absolute path' };
  const candidates = folders.map((dir) => resolve(dir, name));
  if (!candidates.some((path) => folders.some((dir) => isInside(dir, path)))) return { refused: 'leads outside the course and its sourceTexts folders' };
  const found = candidates.filter(isFile);
  const confined = found.find((path) => folders.some((dir) => resolvesInside(dir, path)));
  if (confined) return { file: confined };
  return found.length ? { refused: 'is a link to a file outside the course and its sourceTexts folders' } : undefined;
}

function loadFactFile(file: string, text: string, store: FactStore, diagnostics: Diagnostics): void {
  const before = diagnostics.list.length;
  const yaml = readYaml(file, text, diagnostics);
  if (yaml?.value === undefined) {
    if (!yaml) diagnostics.markUnloaded(before, 'facts');
    return;
  }
  const items = validate(yaml, yaml.value, factFileSchema, diagnostics);
  if (!items) {
    diagnostics.markUnloaded(before, 'facts');
    return;
  }
  items.forEach((item, i) => {
    const fact = validate(yaml, item, factSchema, diagnostics, [i]);
    if (!fact) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') store.invalidFacts.add(id);
      return;
    }
    const locate = (path: ReadonlyArray<string | number>) => yaml.locate([i, ...path]);
    const earlier = store.facts.get(fact.id);
    if (earlier) {
      diagnostics.error(file, locate(['id']), 'duplicate-id', `fact "${fact.id}" is defined twice`, {
        hint: 'fact ids are unique across the course: rename one of them',
        related: [{ file: earlier.file, start: earlier.locate(['id']), message: 'first defined here' }],
      });
      store.duplicates.push({ fact, file, locate });
      return;
    }
    store.facts.set(fact.id, { fact, file, locate });
  });
}

/** Citations name known sources; speakers name known people; disputes carry notes. A duplicate fact is checked too: renaming it must not reveal new errors. */
function checkReferences(store: FactStore, diagnostics: Diagnostics): void {
  const sourceIds = [...store.sources.keys()];
  for (const { fact, file, locate } of [...store.facts.values(), ...store.duplicates]) {
    for (const { source: id, quote, path } of citationsOf(fact)) {
      const kind = store.sources.get(id)?.source.kind;
      if (quote === undefined && kind && kind !== 'reference') {
        diagnostics.error(file, locate(path), 'quote-missing', `the citation of "${id}" has no quote`, {
          hint: `copy the words of the ${kind} source into "quote:"; only reference works may be cited with a note alone`,
        });
      }
      if (store.sources.has(id) || store.invalidSources.has(id)) continue;
      const guess = didYouMean(id, sourceIds);
      diagnostics.error(file, locate([...path, 'source']), 'unknown-source', `unknown source "${id}"${guess ? ` — did you mean "${guess}"?` : ''}`, {
        hint: 'sources are listed in sources.yaml (or sources.bib, sources.json)',
        needs: 'sources',
      });
    }
    if (fact.type === 'quote' && fact.speaker) {
      const speaker = store.facts.get(fact.speaker);
      if (speaker?.fact.type !== 'person') {
        diagnostics.error(file, locate(['speaker']), 'unknown-speaker', `speaker "${fact.speaker}" is not a person fact`, {
          hint: 'name the id of a fact of type person',
          needs: speaker ? undefined : 'facts',
        });
      }
    }
    if ('people' in fact) {
      fact.people.forEach((id, i) => {
        const person = store.facts.get(id);
        if (person?.fact.type === 'person' || (!person && store.invalidFacts.has(id))) return;
        const guess = person ? undefined : didYouMean(id, [...store.facts.values()].filter((e) => e.fact.type === 'person').map((e) => e.fact.id));
        diagnostics.error(file, locate(['people', i]), 'unknown-person', person ? `"${id}" is ${person.fact.type === 'event' ? 'an' : 'a'} ${person.fact.type}, not a person` : `unknown person "${id}"${guess ? ` — did you mean "${guess}"?` : ''}`, {
          hint: 'people: lists ids of facts of type person',
          needs: person ? undefined : 'facts',
        });
      });
    }
    fact.disputed.forEach((d, i) => {
      if (!d.note) {
        diagnostics.warning(file, locate(['disputed', i]), 'dispute-note', `the dispute with "${d.source}" has no note`, {
          hint: 'add a note saying why the sources disagree and which value is accepted',
        });
      }
    });
  }
}
