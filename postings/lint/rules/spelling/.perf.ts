import fs from 'node:fs';
import { createLintDocument } from '../../document.js';
import { DEFAULT_CONFIG } from '../../engine.js';
import { loadSpeller } from '../../spelling/load-speller.js';
import { tokenizeWords } from '../../spelling/tokenize.js';
import { spellingRule } from './spelling.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
let w = performance.now(), c = cpu();
const speller = await loadSpeller([]);
console.log(`cold loadSpeller: wall ${(performance.now() - w).toFixed(0)} ms, cpu ${(cpu() - c).toFixed(0)} ms`);
const fixture = fs.readFileSync('/work/shared/fixtures/senior-backend-engineer.md', 'utf8');
const context = { config: { ...DEFAULT_CONFIG, company: 'Crunch' }, speller };
const doc = createLintDocument(fixture);
w = performance.now(); c = cpu();
spellingRule.check(doc, context);
console.log(`first check of the fixture (${fixture.length} chars; builds the suggestion index): wall ${(performance.now() - w).toFixed(0)} ms, cpu ${(cpu() - c).toFixed(0)} ms`);
const times: number[] = [];
for (let i = 0; i < 200; i++) { const t = performance.now(); spellingRule.check(doc, context); times.push(performance.now() - t); }
console.log(`warm check of the fixture: median ${median(times).toFixed(2)} ms, min ${Math.min(...times).toFixed(2)} ms`);
const tok: number[] = [];
for (let i = 0; i < 200; i++) { const t = performance.now(); tokenizeWords(doc.prose, doc.bodyStart); tok.push(performance.now() - t); }
console.log(`  of which tokenizing: median ${median(tok).toFixed(2)} ms`);
const dir = '/work/shared/corpus/careers-crunch/content/jobs/';
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== '_index.md').map((f) => fs.readFileSync(dir + f, 'utf8'));
const docs = files.map((t) => createLintDocument(t));
w = performance.now(); c = cpu();
for (const d of docs) spellingRule.check(d, context);
console.log(`first pass over 34 postings: wall ${(performance.now() - w).toFixed(0)} ms, cpu ${(cpu() - c).toFixed(0)} ms`);
const per: number[] = [];
for (let r = 0; r < 20; r++) for (const d of docs) { const t = performance.now(); spellingRule.check(d, context); per.push(performance.now() - t); }
console.log(`warm per posting over 34 postings: median ${median(per).toFixed(2)} ms (sizes ${Math.min(...files.map((f) => f.length))}–${Math.max(...files.map((f) => f.length))} chars)`);
