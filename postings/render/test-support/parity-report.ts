import { join } from 'node:path';
import { CORPUS, removeTempFolders } from '../../test-support/temp-site.js';
import { compareWithHugo } from './parity.js';

/** Prints the parity figures and every difference (a developer's tool: `npx tsx postings/render/test-support/parity-report.ts`). */
const which = process.argv[2] ?? 'both';
try {
  if (which !== 'blog') {
    const crunch = compareWithHugo(join(CORPUS, 'careers-crunch'), { select: (file) => file.startsWith('content/jobs/') && !file.endsWith('_index.md') });
    report('careers-crunch', crunch.files);
  }
  if (which !== 'crunch') {
    const blog = compareWithHugo(join(CORPUS, 'toml-frontmatter', 'blog.rust-lang.org'), { defaultConfig: true, select: (_file, text) => !/\{\{[<%]/.test(text) });
    report('blog.rust-lang.org', blog.files);
  }
} finally {
  removeTempFolders();
}

function report(name: string, files: ReturnType<typeof compareWithHugo>['files']): void {
  const equal = files.filter((file) => file.equal).length;
  console.log(`## ${name}: ${equal}/${files.length} equal (${files.filter((file) => file.sanitizerTouched).length} touched by the sanitizer)`);
  for (const file of files) if (!file.equal) console.log(`\n### ${file.file}\n${file.difference}`);
}
