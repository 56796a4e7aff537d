export { build, compileCourse, defaultOutDir, type BuildOptions, type BuildResult } from './build.js';
export { check, type CheckResult } from './check.js';
export { loadCourse, type Course } from './course/load-course.js';
export { ContentError, Diagnostics, UsageError, type Diagnostic, type Position, type Severity } from './diagnostics/diagnostic.js';
export { formatDiagnostics } from './diagnostics/format-diagnostics.js';
export type { Fact, Source } from './facts/fact-schema.js';
export { formatDate, formatFigure } from './facts/format-fact.js';
export type { Deck } from './outline/compile-lecture.js';
export type { Slide } from './outline/slide.js';
