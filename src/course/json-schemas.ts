import * as z from 'zod';
import { factSchema, sourceSchema } from '../facts/fact-schema.js';
import { courseSchema } from './course-schema.js';

/** The JSON Schema of each kind of course file, generated from the schemas Lectern validates with. */
export function jsonSchemas(): Record<'course' | 'sources' | 'facts', object> {
  const toJson = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }),
    title,
  });
  return {
    course: toJson(courseSchema, 'Lectern course.yaml'),
    sources: toJson(z.array(sourceSchema), 'Lectern sources.yaml'),
    facts: toJson(z.array(factSchema), 'Lectern facts file (facts/*.yaml)'),
  };
}
