/**
 * Work with no steps to count: on a terminal, a line saying what is going on
 * appears when it takes more than a second, and is cleared when it ends.
 */
export async function withStatus<T>(quiet: boolean, label: string, work: () => Promise<T>): Promise<T> {
  if (quiet || !process.stderr.isTTY) return work();
  const timer = setTimeout(() => process.stderr.write(`${label}…`), 1000);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    process.stderr.write('\r\u001b[2K');
  }
}
