import { removeTempFolders } from '../../test-support/temp-site.js';
import { compareWithHugo } from './parity.js';
import { siteOfMarkdownFiles } from './sample-site.js';

/**
 * A developer's check beyond the corpora the tests hold us to: builds a site
 * of any folder's Markdown files without shortcodes (Hugo's defaults) and
 * prints every difference.
 * `npx tsx postings/render/test-support/other-corpus.ts <folder>`
 */
const folder = process.argv[2];
if (!folder) throw new Error('usage: other-corpus.ts <folder of Markdown files>');
try {
  const { site, files: copied } = siteOfMarkdownFiles(folder);
  const { files } = compareWithHugo(site, { select: () => true });
  console.log(`## ${folder}: ${files.filter((file) => file.equal).length}/${files.length} equal (${copied} copied)`);
  for (const file of files) if (!file.equal) console.log(`\n### ${file.file}\n${file.difference}`);
} finally {
  removeTempFolders();
}
