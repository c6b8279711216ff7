/** One attribute of `{#id .class name="value"}`, in the order written (classes joined). */
export type Attribute = [name: string, value: string];

export interface SplitHeading {
  /** The heading's source without the attribute block (and its closing `#`s). */
  text: string;
  attributes: Attribute[];
}

/**
 * Goldmark's heading attributes: a `{...}` block that ends the heading's
 * last line. A block that does not parse is left as text, as Goldmark
 * leaves it.
 */
export function splitHeadingAttributes(source: string): SplitHeading | undefined {
  const trimmed = source.replace(/[ \t]+$/, '');
  if (!trimmed.endsWith('}')) return undefined;
  for (let open = trimmed.lastIndexOf('{'); open >= 0; open = open === 0 ? -1 : trimmed.lastIndexOf('{', open - 1)) {
    if (isEscaped(trimmed, open)) continue;
    const attributes = parseAttributes(trimmed.slice(open));
    if (attributes === undefined) continue;
    const text = trimmed
      .slice(0, open)
      .replace(/[ \t]+$/, '')
      .replace(/(^|[ \t])#+$/, '')
      .replace(/[ \t]+$/, '');
    return { text, attributes };
  }
  return undefined;
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;

/** Parses a whole `{...}` block, or gives undefined. */
export function parseAttributes(block: string): Attribute[] | undefined {
  const attributes: Attribute[] = [];
  const classes: string[] = [];
  let rest = block.slice(1);
  for (;;) {
    rest = rest.replace(/^[ \t]+/, '');
    if (rest === '}') break;
    if (rest === '') return undefined;
    const first = rest[0];
    if (first === '#' || first === '.') {
      const value = /^[^\s}]+/.exec(rest.slice(1))?.[0];
      if (value === undefined) return undefined;
      if (first === '#') attributes.push(['id', value]);
      else classes.push(value);
      rest = rest.slice(1 + value.length);
      continue;
    }
    const name = NAME.exec(rest)?.[0];
    if (name === undefined) return undefined;
    rest = rest.slice(name.length).replace(/^[ \t]+/, '');
    if (!rest.startsWith('=')) return undefined;
    rest = rest.slice(1).replace(/^[ \t]+/, '');
    const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(rest) ?? /^'((?:[^'\\]|\\.)*)'/.exec(rest);
    const bare = quoted ? undefined : /^(?:true|false|null|-?\d+(?:\.\d+)?)(?=[\s}])/.exec(rest);
    const match = quoted ?? bare;
    if (!match) return undefined;
    const value = quoted ? (quoted[1] ?? '').replace(/\\(.)/g, '$1') : match[0];
    if (name === 'class') classes.push(value);
    else attributes.push([name, value]);
    rest = rest.slice(match[0].length);
  }
  if (classes.length > 0) attributes.push(['class', classes.join(' ')]);
  return attributes;
}
