#!/usr/bin/env node
/**
 * Benchmark of rendering (issue 6). Not a test: it prints one Markdown table
 * from one run, with its anchors measured in the same run.
 *
 * Two documents: ../shared/fixtures/senior-backend-engineer.md (about 3 KB)
 * and a 100 KB posting made of the careers-crunch postings' bodies one after
 * the other (real text, headings, lists and raw HTML). For each, the median
 * warm time (after --warmup untimed calls, over --repeats timed calls) of:
 * Posting Desk's renderPosting (Goldmark rules and sanitizing, careers-crunch's
 * settings), renderPostingBlocks (the preview's block-wise form), the
 * Goldmark rules without sanitizing, and markdown-it's plain `render` of the
 * same text (each also as mean CPU time per call, user + system, the steadier
 * figure when the machine is busy); and Hugo building a one-page site with that page (careers-crunch's
 * config, a `{{ .Content }}` layout), wall time from spawn to exit, median of
 * --runs builds. Hugo's figure includes its start-up, as a user meets it.
 *
 * It measures the built code: run `npm run build` first (`npm run bench`
 * does). Progress goes to stderr, the table to stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchScript, median } from './support.mjs';
import MarkdownIt from 'markdown-it';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(process.env.POSTING_DESK_CORPUS ?? join(ROOT, '../shared/corpus'));
const SITE = join(CORPUS, 'careers-crunch');
const FIXTURE = resolve(join(CORPUS, '../fixtures/senior-backend-engineer.md'));
const DIST = join(ROOT, 'dist/postings');
const { stop, progress, positiveInteger } = benchScript('render');

// bench/run-all.mjs passes every benchmark the same arguments: others' options are accepted and ignored.
const { values: options } = parseArgs({ strict: false, options: { repeats: { type: 'string', default: '50' }, warmup: { type: 'string', default: '20' }, runs: { type: 'string', default: '5' } } });
const REPEATS = positiveInteger(options.repeats, '--repeats');
const WARMUP = positiveInteger(options.warmup, '--warmup');
const RUNS = positiveInteger(options.runs, '--runs');
const LARGE_BYTES = 100 * 1024;

if (!existsSync(join(DIST, 'render/index.js'))) stop('dist/ is missing: run `npm run build` first');
const { renderPosting, renderPostingBlocks, renderUnsanitized, renderSettingsFromSite } = await import(pathToFileURL(join(DIST, 'render/index.js')).href);
const { splitPosting } = await import(pathToFileURL(join(DIST, 'file/split.js')).href);
const { readSiteConfig, findSiteConfigFiles } = await import(pathToFileURL(join(DIST, 'repo/site-config.js')).href);

const bodyOf = (text) => text.slice(splitPosting(text).bodyStart);
const site = readSiteConfig(SITE, findSiteConfigFiles(SITE));
const settings = renderSettingsFromSite(site.markup, 'keep');

const small = bodyOf(readFileSync(FIXTURE, 'utf8'));
const jobs = readdirSync(join(SITE, 'content/jobs'))
  .filter((name) => name.endsWith('.md') && name !== '_index.md')
  .sort()
  .map((name) => bodyOf(readFileSync(join(SITE, 'content/jobs', name), 'utf8')).trim())
  .filter((body) => body.length > 0);
let large = '';
for (let index = 0; Buffer.byteLength(large) < LARGE_BYTES; index += 1) large += `${jobs[index % jobs.length]}\n\n`;

const plain = new MarkdownIt();
const documents = [
  { name: 'senior-backend-engineer.md', text: small },
  { name: `careers-crunch bodies joined`, text: large },
];

/** Median wall time of the warm calls, and their mean CPU time (user + system), steadier on a busy machine. */
function measure(fn) {
  for (let i = 0; i < WARMUP; i += 1) fn();
  const times = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < REPEATS; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: median(times), cpu: (cpu.user + cpu.system) / 1000 / REPEATS };
}

/** Hugo building a one-page copy of careers-crunch's config with this page. */
function hugoMs(text) {
  const folder = mkdtempSync(join(tmpdir(), 'posting-desk-bench-render-'));
  try {
    writeFileSync(join(folder, 'config.toml'), readFileSync(join(SITE, 'config.toml')));
    mkdirSync(join(folder, 'layouts/_default'), { recursive: true });
    writeFileSync(join(folder, 'layouts/_default/single.html'), '{{ .Content }}');
    writeFileSync(join(folder, 'layouts/_default/list.html'), '');
    mkdirSync(join(folder, 'content/jobs'), { recursive: true });
    writeFileSync(join(folder, 'content/jobs/page.md'), `+++\ntitle = "Bench"\n+++\n${text}`);
    const args = ['--quiet', '--destination', join(folder, 'public'), '--disableKinds', 'taxonomy,term,RSS,sitemap,robotsTXT,404,home,section'];
    const times = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const start = process.hrtime.bigint();
      const result = spawnSync('hugo', args, { cwd: folder, encoding: 'utf8' });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.error || result.status !== 0) return undefined;
      if (run > 0) times.push(elapsed); // the first build warms the page cache
    }
    if (!existsSync(join(folder, 'public/jobs/page/index.html'))) return undefined;
    return median(times);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const hugoInstalled = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
const rows = [];
for (const document of documents) {
  progress(`${document.name}: ${Buffer.byteLength(document.text)} bytes`);
  const ours = measure(() => renderPosting(document.text, settings));
  const blocks = measure(() => renderPostingBlocks(document.text, settings));
  const unsanitized = measure(() => renderUnsanitized(document.text, settings));
  const markdownIt = measure(() => plain.render(document.text));
  progress(`${document.name}: Hugo`);
  const hugo = hugoInstalled ? hugoMs(document.text) : undefined;
  rows.push({ document, ours, blocks, unsanitized, markdownIt, hugo });
}

const ms = (value) => (value === undefined ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const both = (measured) => `${ms(measured.wall)} / ${ms(measured.cpu)}`;
const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
console.log(`Render time in ms, wall median / mean CPU of ${REPEATS} warm calls after ${WARMUP} untimed (Hugo: wall median of ${RUNS} builds after one untimed), on ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)} at the end.`);
console.log('');
console.log('| Document | Size | renderPosting | renderPostingBlocks | Goldmark rules, unsanitized | markdown-it `render` | Hugo build of the page (wall) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(`| ${row.document.name} | ${kb(row.document.text)} | ${both(row.ours)} | ${both(row.blocks)} | ${both(row.unsanitized)} | ${both(row.markdownIt)} | ${hugoInstalled ? ms(row.hugo) : 'Hugo not installed'} |`);
}
