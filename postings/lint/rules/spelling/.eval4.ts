import fs from 'node:fs';
import path from 'node:path';
import { createLintDocument } from '../../document.js';
import { loadSpeller } from '../../spelling/load-speller.js';
import { tokenizeWords } from '../../spelling/tokenize.js';
const root = '/work/shared/corpus/toml-frontmatter/';
const files: string[] = [];
const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.md')) files.push(p); } };
walk(root);
const speller = await loadSpeller([]);
for (const f of files.slice(0, 40)) {
  const text = fs.readFileSync(f, 'utf8');
  let t = performance.now();
  const doc = createLintDocument(text);
  const tDoc = performance.now() - t; t = performance.now();
  const toks = tokenizeWords(doc.prose, doc.bodyStart);
  const tTok = performance.now() - t;
  let unknown = 0; let worst = ['', 0] as [string, number];
  for (const tk of toks) { if (speller.correct(tk.word)) continue; unknown++; const s = performance.now(); speller.suggest(tk.word); const e = performance.now() - s; if (e > worst[1]) worst = [tk.word, e]; }
  console.log(path.basename(f), text.length, 'doc', tDoc.toFixed(0), 'tok', tTok.toFixed(0), toks.length, 'unknown', unknown, 'worst', worst[0], worst[1].toFixed(0));
}
