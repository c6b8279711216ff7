/**
 * The font the documents are set in, shipped with the app
 * (@fontsource/source-sans-3, SIL Open Font License), as @font-face rules
 * with data: URLs: the PDF looks the same on every machine and the page
 * loads nothing from anywhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PACKAGE = '@fontsource/source-sans-3';
const FAMILY = 'Source Sans 3';
const FACES: { weight: number; style: 'normal' | 'italic' }[] = [
  { weight: 400, style: 'normal' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'italic' },
];
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek', 'vietnamese'];

const rules = new Map<string, string>();
let ranges: Record<string, string> | undefined;

/** The package's folder, found the way Node finds it from here. */
function packageFolder(): string {
  return dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
}

/** "U+0400-045F,U+0490" → [[0x400, 0x45f], [0x490, 0x490]]. */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [low = '0', high] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(low, 16), Number.parseInt(high ?? low, 16)];
  });
}

function subsetUsed(range: string, text: string): boolean {
  const spans = parseRanges(range);
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code > 0x7f && spans.some(([low, high]) => code >= low && code <= high)) return true;
  }
  return false;
}

/**
 * @font-face rules for every shipped weight, in the scripts the text needs
 * (Latin always; Latin Extended, Cyrillic, Greek and Vietnamese when a
 * character of theirs occurs): a page parses less, and prints sooner.
 */
export function documentFontCss(text = ''): string {
  const folder = packageFolder();
  ranges ??= JSON.parse(readFileSync(join(folder, 'unicode.json'), 'utf8')) as Record<string, string>;
  const known = ranges;
  const subsets = SUBSETS.filter((subset) => subset === 'latin' || subsetUsed(known[subset] ?? '', text));
  const css: string[] = [];
  for (const { weight, style } of FACES) {
    for (const subset of subsets) {
      const key = `${subset}-${weight}-${style}`;
      let rule = rules.get(key);
      if (rule === undefined) {
        const data = readFileSync(join(folder, 'files', `source-sans-3-${key}.woff2`)).toString('base64');
        rule =
          `@font-face { font-family: "${FAMILY}"; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
          `src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${known[subset] ?? 'U+0000-00FF'}; }`;
        rules.set(key, rule);
      }
      css.push(rule);
    }
  }
  return css.join('\n');
}
