import fs from 'node:fs';
import { createLintDocument } from '../../document.js';
import { lintDocument, DEFAULT_CONFIG } from '../../engine.js';
import { loadSpeller } from '../../spelling/load-speller.js';
import { spellingRule } from './spelling.js';
const dir = '/work/shared/corpus/careers-crunch/content/jobs/';
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== '_index.md').map((f) => dir + f);
files.push('/work/shared/fixtures/senior-backend-engineer.md');
const speller = await loadSpeller([]);
let total = 0;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const d = lintDocument(createLintDocument(text), [spellingRule], { config: { ...DEFAULT_CONFIG, company: 'Crunch' }, speller });
  for (const x of d) { total++; console.log(f.split('/').pop(), x.line + ':' + x.column, x.message, '→', (x.suggestions ?? []).map((s) => s.edit.text).join(', ')); }
}
console.log('total', total);
