/** Pandoc-style attributes: `{#id .class key="value" key=value}`, or a bare class name. */
export interface Attributes {
  id?: string;
  classes: string[];
  values: Array<[string, string]>;
}

const ATTRIBUTE = /\s*(?:#([\w:-]+)|\.([\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))|(\S+))/gy;

/** Parses attribute text; returns undefined when it holds something that is not an attribute. */
export function parseAttributes(text: string): Attributes | undefined {
  const trimmed = text.trim();
  const braced = /^\{([\s\S]*)\}$/.exec(trimmed);
  if (!braced) return /^[\w-]+$/.test(trimmed) ? { classes: [trimmed], values: [] } : undefined;
  const attrs: Attributes = { classes: [], values: [] };
  const body = braced[1]!;
  ATTRIBUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (ATTRIBUTE.lastIndex < body.length && (m = ATTRIBUTE.exec(body))) {
    if (m[7] !== undefined) return undefined;
    if (m[1] !== undefined) attrs.id = m[1];
    else if (m[2] !== undefined) attrs.classes.push(m[2]);
    else if (m[3] !== undefined) attrs.values.push([m[3], m[4] ?? m[5] ?? m[6] ?? '']);
    if (!/\S/.test(body.slice(ATTRIBUTE.lastIndex))) break;
  }
  return attrs;
}
