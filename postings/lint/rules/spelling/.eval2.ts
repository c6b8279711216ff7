import fs from 'node:fs';
import path from 'node:path';
import { createLintDocument } from '../../document.js';
import { lintDocument, DEFAULT_CONFIG } from '../../engine.js';
import { loadSpeller } from '../../spelling/load-speller.js';
import { spellingRule } from './spelling.js';
const root = '/work/shared/corpus/toml-frontmatter/';
const files: string[] = [];
const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.md')) files.push(p); } };
walk(root); files.splice(Number(process.env.N ?? 200));
const speller = await loadSpeller([]);
const counts = new Map<string, number>();
let total = 0; const t = performance.now();
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  let d;
  try { d = lintDocument(createLintDocument(text), [spellingRule], { config: { ...DEFAULT_CONFIG }, speller }); } catch (e) { continue; }
  for (const x of d) { total++; const w = x.message.slice(1, x.message.indexOf('”')); counts.set(w, (counts.get(w) ?? 0) + 1); }
}
console.log('files', files.length, 'total', total, 'ms', performance.now() - t);
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([w, c]) => `${w}:${c}`).join('  '));
