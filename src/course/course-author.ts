import { textOr } from '../facts/format-fact.js';
import type { CourseConfig } from './course-schema.js';

/** The course's author in a language: course.yaml may give one name, or one per language. */
export function courseAuthor(config: CourseConfig, lang: string): string | undefined {
  return config.author === undefined ? undefined : textOr(config.author, lang, config.languages[0]!) || undefined;
}
