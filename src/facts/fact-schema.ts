import * as z from 'zod';

import { langCode, langText } from '../course/course-schema.js';
import { about, entry } from '../course/explain-issue.js';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "kirov-murder"');

function validDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y!, m, 0)).getUTCDate();
}

/** An ISO 8601 date that keeps its precision: `1936`, `1936-08` or `1936-08-19`. */
export const isoDate = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .refine((s) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) && validDay(s), { error: 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists' });

/** Whether one ISO date does not come after another, compared at the coarser precision of the two. */
function inOrder(from: string, to: string): boolean {
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) <= to.slice(0, n);
}

const dateRange = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((r) => inOrder(r.from, r.to), { error: 'the range ends before it begins: "from" must not come after "to"' });

export const dateOrRange = z.union([isoDate, dateRange], {
  error: 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or a range {from, to}',
});
export type DateOrRange = z.output<typeof dateOrRange>;

/**
 * A citation quotes its source verbatim. A reference work (kind: reference)
 * may instead be cited with a note saying what it gives.
 */
export const citation = z
  .strictObject({
    source: id.meta(about('the id of a source listed in sources.yaml', 'chronicle')),
    quote: z.string().min(1, 'expected the words of the source').optional().meta(about("the source's own words, copied exactly", '"The first open trial took place in August 1936"')),
    note: langText.optional().meta(about('for a reference work cited without a quote: what it gives', '"dates of birth and death"')),
    page: z.union([z.string(), z.number()]).transform(String).optional().meta(about('the page quoted, as text or a number', '112')),
  })
  .refine((c) => c.quote !== undefined || c.note !== undefined, { error: 'a citation needs a verbatim quote (or, for a reference work, a note)' })
  .meta(entry('the citation'));
export type Citation = z.output<typeof citation>;

export const dispute = z
  .strictObject({
    field: z.string().optional().meta(about('the key the other source disagrees on (date, value, name…)', 'date')),
    value: z.unknown().meta(about('the value the other source gives, written as the key it disputes is', '"1935"')),
    source: id.meta(about('the id of the source that gives the other value, listed in sources.yaml', 'purges-en')),
    quote: z.string().min(1, 'expected the words of the source').optional().meta(about("the source's own words, copied exactly", '"joined the League of Nations in 1935"')),
    note: langText.optional().meta(about('why the sources disagree and which value is accepted, as text or one text per language', '{en: "…", ru: "…"}')),
  })
  .meta(entry('the dispute'));
export type Dispute = z.output<typeof dispute>;

const TEXT = (what: string, example: string) => about(`${what}, as text or one text per language`, example);
const date = (what: string) => dateOrRange.meta(about(`${what}: an ISO date, or a range {from: …, to: …}`, '"1936-08-19"'));

const factId = id.meta(about('the id that outlines use: lower-case words joined by hyphens, unique across the course', 'kirov-murder'));
const base = {
  title: langText.optional().meta(TEXT('the title', '{en: "The Kirov murder", ru: "Убийство Кирова"}')),
  summary: langText.optional().meta(TEXT('one sentence about the fact', '{en: "…", ru: "…"}')),
  tags: z.array(id).default([]).meta(about('a list of kebab-case tags, which timeline and facts select by', '[purges, trials]')),
  sources: z
    .array(citation)
    .min(1, 'a fact cites at least one source')
    .meta(about('the list of citations: each names a source of sources.yaml and quotes it', '[{source: chronicle, quote: "the words of the source"}]')),
  disputed: z.array(dispute).default([]).meta(about('a list of claims of other sources that disagree', '[{value: "1935", source: purges-en, quote: "…", note: "…"}]')),
};

const kind = <T extends string>(name: T) => z.literal(name).meta(about('the kind of fact: event, person, figure, quote, term, place or document', 'event'));
/** The keys every fact has, id and type first (the order in which messages list them). */
const head = <T extends string>(name: T) => ({ id: factId, type: kind(name), ...base });

/** Who took part in an event, wrote a document, or appears in a fact: ids of person facts. */
const people = z.array(id).default([]).meta(about('a list of the people involved: ids of person facts', '[kirov, stalin]'));
const titled = (what: string) => ({ title: langText.meta(TEXT(what, '{en: "The Kirov murder", ru: "Убийство Кирова"}')) });

export const factSchema = z
  .discriminatedUnion(
    'type',
    [
      z.strictObject({ ...head('event'), ...titled('the title of the event'), people, date: date('when it happened') }).meta(entry('the event')),
      z
        .strictObject({
          ...head('person'),
          name: langText.meta(TEXT("the person's name", '{en: "Sergei Kirov", ru: "Сергей Киров"}')),
          born: isoDate.optional().meta(about('the date of birth, an ISO date', '"1886-03-27"')),
          died: isoDate.optional().meta(about('the date of death, an ISO date', '"1934-12-01"')),
          role: langText.optional().meta(TEXT('what the person was', '{en: "party leader", ru: "партийный руководитель"}')),
        })
        .meta(entry('the person')),
      z
        .strictObject({
          ...head('figure'),
          ...titled('what the number counts'),
          people,
          value: z
            .number({ error: 'expected a number such as 30000 (a range is written range: [low, high])' })
            .optional()
            .meta(about('the number itself, without unit or spaces', '30000')),
          range: z
            .tuple([z.number(), z.number()], { error: 'expected two numbers: [low, high]' })
            .refine(([low, high]) => low <= high, { error: 'the range is written [low, high]: the first number must not be larger' })
            .optional()
            .meta(about('a low and a high estimate, instead of a value', '[680000, 750000]')),
          unit: langText.optional().meta(TEXT('what is counted', '{en: people, ru: человек}')),
          approx: z.boolean().default(false).meta(about('whether the number is approximate: true or false', 'true')),
          asOf: isoDate.optional().meta(about('the date the number refers to, an ISO date', '"1937"')),
        })
        .refine((f) => f.value !== undefined || f.range !== undefined, {
          error: 'a figure needs a value or a range [low, high]',
        })
        .meta(entry('the figure')),
      z
        .strictObject({
          ...head('quote'),
          people,
          text: z
            .string()
            .meta(about('the quote in its original language, as one text; translations go under "translations:"', '"Life has become better, comrades."')),
          lang: langCode.meta(about('the language the quote was said or written in', 'ru')),
          translations: z.record(langCode, z.string()).default({}).meta(about('the quote in other languages, one text per language', '{en: "…", de: "…"}')),
          translationNote: langText
            .optional()
            .meta(TEXT('an editorial note on a translation, shown in the attribution line beside it, never inside the quoted words', '{ru: "обратный перевод с английского"}')),
          speaker: id.optional().meta(about('who said it: the id of a person fact', 'stalin')),
          date: date('when it was said or written').optional(),
        })
        .meta(entry('the quote')),
      z
        .strictObject({ ...head('term'), ...titled('the term'), people, definition: langText.meta(TEXT('what the term means', '{en: "…", ru: "…"}')) })
        .meta(entry('the term')),
      z.strictObject({ ...head('place'), ...titled("the place's name"), people }).meta(entry('the place')),
      z
        .strictObject({
          ...head('document'),
          ...titled('the title of the document'),
          people,
          date: date('when it was signed or published').optional(),
          kind: langText.optional().meta(TEXT('what kind of document it is', '{en: treaty, ru: договор}')),
        })
        .meta(entry('the document')),
    ],
    { error: 'expected one of event, person, figure, quote, term, place, document' },
  )
  .meta(entry('the fact'));
export type Fact = z.output<typeof factSchema>;
export type FactType = Fact['type'];

export const factFileSchema = z
  .array(z.unknown(), { error: 'expected a list of facts (each item starting with "- id: …")' })
  .meta(about('a list of facts: each begins with a line "- id: …", its other keys indented under it by two spaces', '- id: kirov-murder'));

export const sourceSchema = z
  .strictObject({
    id: id.meta(about('the id that citations name: lower-case words joined by hyphens', 'chronicle')),
    author: langText.optional().meta(TEXT("the author's name; per language when it is written differently in each ({en: …, ru: …}): the bibliography uses the name in the source's language", '"Robert Conquest"')),
    title: langText.meta(TEXT('the title of the source', '"The Great Terror"')),
    year: z.union([z.number().int(), z.string()]).optional().meta(about('the year of publication', '1968')),
    language: langCode.meta(about('the language the source is written in', 'en')),
    kind: z.enum(['primary', 'secondary', 'reference']).meta(about('what the source is: primary (a document of the time), secondary (a study) or reference (an encyclopedia, a dictionary)', 'secondary')),
    // Only web addresses: z.url() alone accepts javascript:, data: and file: URLs, which the sources slide would make links.
    url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with http:// or https://' }).optional().meta(about('a web address of the source', 'https://example.org/book')),
    file: z.string().optional().meta(about("the source's text file, next to sources.yaml or in a sourceTexts folder", 'texts/chronicle.txt')),
    // Bibliographic detail for the citation style (CSL): optional, the more the better the sources slide reads.
    type: z.string().regex(/^[a-z-]+$/, 'expected a CSL item type such as book, article-journal, chapter or webpage').optional().meta(about('the kind of publication, as CSL names it: book, article-journal, chapter, webpage, …', 'book')),
    short: langText.optional().meta(TEXT('a short title, for citation marks of a source without an author', '"Purges in the USSR"')),
    container: langText.optional().meta(TEXT('the journal, collection or site the source appears in', '"American Historical Review"')),
    publisher: z.string().optional().meta(about('the publisher', '"Oxford University Press"')),
    place: z.string().optional().meta(about('the place of publication', '"New York"')),
    volume: z.union([z.string(), z.number()]).transform(String).optional().meta(about("the journal's volume", '98')),
    issue: z.union([z.string(), z.number()]).transform(String).optional().meta(about("the journal's issue", '4')),
    pages: z.union([z.string(), z.number()]).transform(String).optional().meta(about('the pages, as "first-last"', '"1017-1049"')),
    doi: z.string().optional().meta(about('the DOI', '"10.2307/2166597"')),
    csl: z.record(z.string(), z.unknown()).optional().meta(about('any other CSL-JSON fields, passed to the citation style as they are', '{edition: 2}')),
    // Where the text file came from: provenance for whoever maintains the course.
    origin: z.string().optional().meta(about('where the text file came from, as text', '"scanned from the 1968 edition"')),
  })
  .meta(entry('the source'));
export type Source = z.output<typeof sourceSchema>;

export const sourcesFileSchema = z
  .array(z.unknown(), { error: 'expected a list of sources (each item starting with "- id: …")' })
  .meta(about('a list of sources: each begins with a line "- id: …", its other keys indented under it by two spaces', '- id: chronicle'));

/** Where a fact cites a source: its citations, then its disputes, each with its path in the fact. */
export interface CitationPlace {
  source: string;
  quote?: string;
  path: Array<string | number>;
}

/** The people a fact names: those it lists under people:, and a quote's speaker. */
export function peopleOf(fact: Fact): string[] {
  const listed = 'people' in fact ? fact.people : [];
  return fact.type === 'quote' && fact.speaker && !listed.includes(fact.speaker) ? [...listed, fact.speaker] : listed;
}

export function citationsOf(fact: Fact): CitationPlace[] {
  return [
    ...fact.sources.map((c, i) => ({ source: c.source, quote: c.quote, path: ['sources', i] })),
    ...fact.disputed.map((d, i) => ({ source: d.source, quote: d.quote, path: ['disputed', i] })),
  ];
}
