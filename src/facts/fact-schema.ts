import { z } from 'zod';

import { langCode, langText } from '../course/course-schema.js';

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
  .refine((s) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) && validDay(s), {
    error: (issue) => `expected ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(issue.input)}`,
  });

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
    source: id,
    quote: z.string().min(1, 'quote the source verbatim').optional(),
    note: langText.optional(),
    page: z.union([z.string(), z.number()]).transform(String).optional(),
  })
  .refine((c) => c.quote !== undefined || c.note !== undefined, { error: 'a citation needs a verbatim quote (or, for a reference work, a note)' });
export type Citation = z.output<typeof citation>;

export const dispute = z.strictObject({
  field: z.string().optional(),
  value: z.unknown(),
  source: id,
  quote: z.string().min(1, 'quote the source verbatim').optional(),
  note: langText.optional(),
});
export type Dispute = z.output<typeof dispute>;

const base = {
  id,
  title: langText.optional(),
  summary: langText.optional(),
  tags: z.array(id).default([]),
  sources: z.array(citation).min(1, 'a fact cites at least one source'),
  disputed: z.array(dispute).default([]),
};

export const factSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...base, type: z.literal('event'), title: langText, date: dateOrRange }),
    z.strictObject({
      ...base,
      type: z.literal('person'),
      name: langText,
      born: isoDate.optional(),
      died: isoDate.optional(),
      role: langText.optional(),
    }),
    z
      .strictObject({
        ...base,
        type: z.literal('figure'),
        title: langText,
        value: z.number({ error: 'expected a number such as 30000 (a range is written range: [low, high])' }).optional(),
        range: z
          .tuple([z.number(), z.number()], { error: 'expected two numbers: [low, high]' })
          .refine(([low, high]) => low <= high, { error: 'the range is written [low, high]: the first number must not be larger' })
          .optional(),
        unit: langText.optional(),
        approx: z.boolean().default(false),
        asOf: isoDate.optional(),
      })
      .refine((f) => f.value !== undefined || f.range !== undefined, {
        error: 'a figure needs a value or a range [low, high]',
      }),
    z.strictObject({
      ...base,
      type: z.literal('quote'),
      text: z.string(),
      lang: langCode,
      translations: z.record(langCode, z.string()).default({}),
      speaker: id.optional(),
      date: dateOrRange.optional(),
    }),
    z.strictObject({ ...base, type: z.literal('term'), title: langText, definition: langText }),
    z.strictObject({ ...base, type: z.literal('place'), title: langText }),
    z.strictObject({ ...base, type: z.literal('document'), title: langText, date: dateOrRange.optional(), kind: langText.optional() }),
  ],
  { error: 'expected one of event, person, figure, quote, term, place, document' },
);
export type Fact = z.output<typeof factSchema>;
export type FactType = Fact['type'];

export const factFileSchema = z.array(z.unknown(), { error: 'expected a list of facts (each item starting with "- id: …")' });

export const sourceSchema = z.strictObject({
  id,
  author: z.string().optional(),
  title: langText,
  year: z.union([z.number().int(), z.string()]).optional(),
  language: langCode,
  kind: z.enum(['primary', 'secondary', 'reference']),
  // Only web addresses: z.url() alone accepts javascript:, data: and file: URLs, which the sources slide would make links.
  url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with http:// or https://' }).optional(),
  file: z.string().optional(),
  // Where the text file came from: provenance for whoever maintains the course.
  origin: z.string().optional(),
});
export type Source = z.output<typeof sourceSchema>;

export const sourcesFileSchema = z.array(z.unknown(), { error: 'expected a list of sources' });

/** Where a fact cites a source: its citations, then its disputes, each with its path in the fact. */
export interface CitationPlace {
  source: string;
  quote?: string;
  path: Array<string | number>;
}

export function citationsOf(fact: Fact): CitationPlace[] {
  return [
    ...fact.sources.map((c, i) => ({ source: c.source, quote: c.quote, path: ['sources', i] })),
    ...fact.disputed.map((d, i) => ({ source: d.source, quote: d.quote, path: ['disputed', i] })),
  ];
}
