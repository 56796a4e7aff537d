import { UsageError } from '../diagnostics/diagnostic.js';

/** SOURCE_DATE_EPOCH, when set, fixes the dates written into PDFs and PowerPoint files; a value that is no time is a usage error. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  const date = /^\d+$/.test(value.trim()) ? new Date(Number(value) * 1000) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "${value}"`, 'set it to a time such as $(git log -1 --format=%ct), or unset it');
  }
  return date;
}
