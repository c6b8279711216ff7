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

let cached: string | undefined;

/** The package's folder, found the way Node finds it from here. */
function packageFolder(): string {
  return dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
}

/** @font-face rules for every shipped weight and script; read once per process. */
export function documentFontCss(): string {
  if (cached !== undefined) return cached;
  const folder = packageFolder();
  const ranges = JSON.parse(readFileSync(join(folder, 'unicode.json'), 'utf8')) as Record<string, string>;
  const rules: string[] = [];
  for (const { weight, style } of FACES) {
    for (const subset of SUBSETS) {
      const file = join(folder, 'files', `source-sans-3-${subset}-${weight}-${style}.woff2`);
      const data = readFileSync(file).toString('base64');
      rules.push(
        `@font-face { font-family: "${FAMILY}"; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
          `src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${ranges[subset] ?? 'U+0000-00FF'}; }`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}
