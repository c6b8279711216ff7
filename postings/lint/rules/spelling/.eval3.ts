// Recall: inject one typo per posting paragraph word and see whether the rule flags it with the right top suggestion.
import fs from 'node:fs';
import { createLintDocument } from '../../document.js';
import { lintDocument, DEFAULT_CONFIG } from '../../engine.js';
import { loadSpeller } from '../../spelling/load-speller.js';
import { spellingRule } from './spelling.js';
const dir = '/work/shared/corpus/careers-crunch/content/jobs/';
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== '_index.md').map((f) => dir + f);
const speller = await loadSpeller([]);
let seed = 7; const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const kinds = ['delete', 'swap', 'insert', 'replace', 'double'];
const stats: Record<string, { n: number; flagged: number; top: number; top5: number }> = {};
const misses: string[] = [];
for (let round = 0; round < 12; round++) for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const doc = createLintDocument(text);
  const words = [...doc.prose.matchAll(/[A-Za-z]{5,}/g)].filter((m) => m.index! > doc.bodyStart);
  const m = words[Math.floor(rnd() * words.length)]; if (!m) continue;
  const w = m[0]; const i = 1 + Math.floor(rnd() * (w.length - 2)); const kind = kinds[Math.floor(rnd() * kinds.length)]!;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let t = w;
  if (kind === 'delete') t = w.slice(0, i) + w.slice(i + 1);
  if (kind === 'swap') t = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  if (kind === 'insert') t = w.slice(0, i) + letters[Math.floor(rnd() * 26)] + w.slice(i);
  if (kind === 'replace') t = w.slice(0, i) + letters[Math.floor(rnd() * 26)] + w.slice(i + 1);
  if (kind === 'double') t = w.slice(0, i) + w[i] + w.slice(i);
  if (t === w || speller.correct(t)) continue;
  const shape = /^[A-Z][a-z]/.test(w) ? 'Cap' : /[A-Z]/.test(w) ? 'mixed' : 'lower';
  const key = `${kind}/${shape}`;
  const s = (stats[key] ??= { n: 0, flagged: 0, top: 0, top5: 0 }); s.n++;
  const mutated = text.slice(0, m.index) + t + text.slice(m.index! + w.length);
  const d = lintDocument(createLintDocument(mutated), [spellingRule], { config: { ...DEFAULT_CONFIG, company: 'Crunch' }, speller });
  const lines = mutated.split('\n'); let off = 0; const lineStart: number[] = []; for (const l of lines) { lineStart.push(off); off += l.length + 1; }
  const hit = d.find((x) => { const s0 = lineStart[x.line - 1]! + x.column - 1; const e0 = lineStart[x.endLine - 1]! + x.endColumn - 1; return s0 <= m.index! && e0 >= m.index! + t.length; });
  if (!hit) { misses.push(`${w}→${t}`); continue; }
  s.flagged++;
  const sug = (hit.suggestions ?? []).map((x) => x.edit.text);
  const fixed = (x: string) => x.replace(t, w); if (sug.some((x) => x === w || x.toLowerCase() === mutated.slice(0,0) + w.toLowerCase()) && (sug[0] === w || sug[0]?.toLowerCase() === w.toLowerCase() || sug[0]!.includes(w))) s.top++; else if (sug.some((x) => x.includes(w))) s.top5++; else misses.push(`${w}→${t} sug:${sug.slice(0,3).join('/')}`);
}
for (const [k, s] of Object.entries(stats).sort()) console.log(k.padEnd(16), s);
console.log(misses.join('\n'));
