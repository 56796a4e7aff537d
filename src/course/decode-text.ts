import type { Position } from '../diagnostics/diagnostic.js';

/**
 * The text of a file: UTF-8, or UTF-16 when it starts with a byte-order mark
 * (as some Windows editors save). The mark itself is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}

/**
 * What keeps a decoded text from being read, at its first offending
 * character: bytes that are not UTF-8, or the NUL characters of UTF-16 saved
 * without a byte-order mark.
 */
export function encodingProblem(text: string): { offset: number; message: string } | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { offset: nul, message: 'the file looks like UTF-16 without a byte-order mark' };
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) return { offset: bad, message: 'the file is not valid UTF-8' };
  return undefined;
}

/** The 1-based position of an offset in a text. */
export function offsetPosition(text: string, offset: number, lineOffset = 0): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length + lineOffset, column: offset - before.lastIndexOf('\n') };
}
