/**
 * Reads a PDF as Chromium prints it (one classic cross-reference table, every
 * object of generation 0, each stream's length written in its dictionary) and
 * copies its objects as they are, with other object numbers: joining printed
 * parts then takes no parsing of every object into a model and writing it
 * again. A file in any other form is not read (undefined): the caller falls
 * back on reading it whole.
 */
export interface PrintedPdf {
  bytes: Uint8Array;
  /** The file as Latin-1 text: one character per byte. */
  text: string;
  /** Where each object's body starts (after `N 0 obj`), by object number. */
  bodies: Map<number, number>;
  root: number;
  info?: number;
}

const XREF_ENTRY = /(\d{10}) (\d{5}) ([nf])\s*/y;
const OBJECT_HEADER = /(\d+) 0 obj\s*/y;
/**
 * The tokens of an object that copying looks at, found from one to the next: a literal string's start
 * (skipped to its end), a dictionary's start, a hex string, a name, a number (with, for a reference,
 * the generation and R after it), a stream's start, the object's end, a comment.
 */
const TOKEN = /\(|<<|<[^<>]*>|\/[^\s()<>[\]{}/%]*|(?<![\w.])([+-]?\d+)(\s+\d+\s+R(?![^\s()<>[\]{}/%]))?(?![\w.])|\bstream(?:\r\n|\n)|\bendobj\b|%[^\n]*/g;

export function readPrintedPdf(bytes: Uint8Array): PrintedPdf | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  let at = Number(startxref?.[1]);
  if (!startxref || text.slice(at, at + 4) !== 'xref') return undefined;
  at = skipSpace(text, at + 4);
  const bodies = new Map<number, number>();
  for (let section = /(\d+) (\d+)\s+/y; ; ) {
    section.lastIndex = at;
    const head = section.exec(text);
    if (!head) break;
    at = section.lastIndex;
    for (let n = Number(head[1]), end = n + Number(head[2]); n < end; n += 1) {
      XREF_ENTRY.lastIndex = at;
      const entry = XREF_ENTRY.exec(text);
      if (!entry) return undefined;
      at = XREF_ENTRY.lastIndex;
      if (entry[3] === 'f') continue;
      if (entry[2] !== '00000') return undefined;
      OBJECT_HEADER.lastIndex = Number(entry[1]);
      if (OBJECT_HEADER.exec(text)?.[1] !== String(n)) return undefined;
      bodies.set(n, OBJECT_HEADER.lastIndex);
    }
  }
  const trailer = /^trailer\s*<<([\s\S]*?)>>/.exec(text.slice(at, at + 512));
  if (!trailer || /\/(Prev|Encrypt|XRefStm)\b/.test(trailer[1]!)) return undefined;
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer[1]!)?.[1]);
  const info = /\/Info (\d+) 0 R/.exec(trailer[1]!)?.[1];
  if (!bodies.has(root)) return undefined;
  return { bytes, text, bodies, root, info: info === undefined ? undefined : Number(info) };
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at += 1;
  return at;
}

/** After a literal string's opening parenthesis: where the string ends, its nested parentheses and escapes read. */
function skipLiteralString(text: string, at: number): number {
  for (let depth = 1, i = at + 1; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * The body of object `n`, as the joined file writes it: every reference
 * renumbered by `renumber`, and the keys that lead into the structure tree
 * (StructParents of pages, StructParent of annotations) moved up by
 * `keyOffset`. Undefined when a reference leads nowhere or a stream's length
 * is not written in its dictionary.
 */
export function copyObject(pdf: PrintedPdf, n: number, renumber: (n: number) => number | undefined, keyOffset: number): ObjectBytes | undefined {
  const { text, bytes } = pdf;
  const pieces: (string | Uint8Array)[] = [];
  let copied = pdf.bodies.get(n)!;
  // The name just read, and where it ended: a number right after it is its value.
  let name = '';
  let nameEnd = -1;
  let length: number | undefined;
  TOKEN.lastIndex = copied;
  for (let token = TOKEN.exec(text); token; token = TOKEN.exec(text)) {
    const [match, number, refTail] = token;
    const at = token.index;
    if (match === '(') TOKEN.lastIndex = skipLiteralString(text, at);
    else if (match[0] === '/') {
      name = match.slice(1);
      nameEnd = TOKEN.lastIndex;
      continue;
    } else if (refTail) {
      const to = renumber(Number(number));
      if (to === undefined || !/^\s+0\s+R$/.test(refTail)) return undefined;
      pieces.push(text.slice(copied, at), `${to} 0 R`);
      copied = TOKEN.lastIndex;
    } else if (number !== undefined && nameEnd >= 0 && /^\s*$/.test(text.slice(nameEnd, at))) {
      if ((name === 'StructParents' || name === 'StructParent') && keyOffset) {
        pieces.push(text.slice(copied, at), String(Number(number) + keyOffset));
        copied = TOKEN.lastIndex;
      } else if (name === 'Length') length = Number(number);
    } else if (match === 'endobj') {
      pieces.push(text.slice(copied, at).trimEnd());
      return new ObjectBytes(pieces);
    } else if (match.startsWith('stream')) {
      if (length === undefined) return undefined;
      const data = TOKEN.lastIndex;
      pieces.push(text.slice(copied, data), bytes.subarray(data, data + length));
      copied = data + length;
      const close = skipSpace(text, copied);
      if (text.slice(close, close + 9) !== 'endstream') return undefined;
      TOKEN.lastIndex = close + 9;
    }
    nameEnd = -1;
  }
  return undefined;
}

/** An object's bytes, as pieces of text (Latin-1) and of the printed bytes, written where they are wanted without being joined first. */
export class ObjectBytes {
  readonly size: number;

  constructor(private readonly pieces: (string | Uint8Array)[]) {
    this.size = pieces.reduce((sum, piece) => sum + piece.length, 0);
  }

  copyInto(buffer: Uint8Array, offset: number): number {
    const target = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    let at = offset;
    for (const piece of this.pieces) {
      if (typeof piece === 'string') at += target.write(piece, at, 'latin1');
      else {
        target.set(piece, at);
        at += piece.length;
      }
    }
    return at - offset;
  }
}
