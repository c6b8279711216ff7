import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { makeTempFolder, removeTempFolders } from '../../test-support/temp-site.js';
import { writeDefaultConfig } from './hugo-pages.js';
import { compareWithHugo } from './parity.js';

/**
 * A developer's check beyond the two corpora the test holds us to: builds a
 * site of any folder's Markdown files without shortcodes (Hugo's defaults)
 * and prints the differences. `npx tsx postings/render/test-support/other-corpus.ts <folder>`
 */
const folder = process.argv[2];
if (!folder) throw new Error('usage: other-corpus.ts <folder of Markdown files>');
const site = makeTempFolder('posting-desk-other-');
writeDefaultConfig(site);
const walk = (current: string): string[] =>
  readdirSync(current, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(current, entry.name)) : entry.name.endsWith('.md') ? [join(current, entry.name)] : []));
let copied = 0;
for (const file of walk(folder)) {
  const text = readFileSync(file, 'utf8');
  if (/\{\{[<%]/.test(text) || !/^\uFEFF?\s*(\+\+\+|---|\{)/.test(text)) continue;
  const target = join(site, 'content', 'pages', relative(folder, file));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(file, target);
  copied += 1;
}
try {
  const { files } = compareWithHugo(site, { select: () => true });
  console.log(`## ${folder}: ${files.filter((file) => file.equal).length}/${files.length} equal (${copied} copied)`);
  for (const file of files) if (!file.equal) console.log(`\n### ${file.file}\n${file.difference}`);
} finally {
  removeTempFolders();
}
