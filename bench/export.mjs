#!/usr/bin/env node
/**
 * Benchmark of export (issue 9). Not a test: it prints one Markdown table
 * from one run, with its anchors measured in the same run.
 *
 * 1. PDF of ../shared/fixtures/senior-backend-engineer.md from the command
 *    line (`posting-desk export <file> --to pdf -o …`, spawn to exit, Node's
 *    and Chromium's start-up included): the first run, then the median of
 *    --repeats more. Anchor: Chromium alone printing the same standalone page
 *    from a file (`chromium --headless --print-to-pdf`), same count.
 * 2. PDF of the same posting within one running process (a host that keeps
 *    its printer: serve, the API handlers): the first print including
 *    Chromium's launch, then the median warm print.
 * 3. Batch: every careers-crunch posting (34) in one command per format,
 *    md, html, html --standalone, text, jsonld and pdf. Anchor: `hugo`
 *    building the same site (it renders every posting to a page).
 *
 * It measures the built code: run `npm run build` first (`npm run bench`
 * does). Progress goes to stderr, the table to stdout. Needs Chromium (see
 * POSTING_DESK_CHROMIUM) and, for the batch anchor, hugo.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchScript, makeWritable, median, scratchFolder } from './support.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(process.env.POSTING_DESK_CORPUS ?? join(ROOT, '../shared/corpus'));
const FIXTURE = resolve(CORPUS, '../fixtures/senior-backend-engineer.md');
const DIST = join(ROOT, 'dist/postings');
const CLI = join(DIST, 'cli/main.js');
const { stop, progress, positiveInteger, loader } = benchScript('export');
const load = loader(DIST);

// bench/run-all.mjs passes every benchmark the same arguments: others' options are accepted and ignored.
const { values: options } = parseArgs({ strict: false, options: { repeats: { type: 'string', default: '5' } } });
const REPEATS = positiveInteger(options.repeats, '--repeats');


const { PdfPrinter } = await load('print/pdf-printer.js');
const { printablePage, printPosting } = await load('print/print-posting.js');
const { exportSetupFor } = await load('print/export-context.js');
const { findChromium } = await load('print/find-chromium.js');
let chromium;
try {
  chromium = findChromium();
} catch (error) {
  stop(error.message);
}

const temp = scratchFolder('export');

const crunch = join(temp, 'careers-crunch');
cpSync(join(CORPUS, 'careers-crunch'), crunch, { recursive: true });
makeWritable(crunch);
// The fixture comes from careers-crunch: print it with that site's settings.
const fixture = join(crunch, 'content/jobs/fixture-senior-backend-engineer.md');
cpSync(FIXTURE, fixture);
makeWritable(fixture);
const postings = readdirSync(join(crunch, 'content/jobs'))
  .filter((name) => name.endsWith('.md') && name !== '_index.md' && !name.startsWith('fixture-'))
  .sort()
  .map((name) => join(crunch, 'content/jobs', name));

const ms = (value) => `${Math.round(value)} ms`;

function timed(command, args, check) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: temp, maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) stop(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  check?.();
  return elapsed;
}

function isPdf(file) {
  return () => {
    if (!readFileSync(file).subarray(0, 5).equals(Buffer.from('%PDF-'))) stop(`${file} is not a PDF`);
    rmSync(file);
  };
}

const rows = [];

// 1. The command line, one PDF per process.
progress(`command line: ${1 + REPEATS} PDF exports of the fixture, and Chromium alone as many times`);
const setup = exportSetupFor(crunch);
const page = join(temp, 'page.html');
writeFileSync(page, printablePage(readFileSync(fixture, 'utf8'), setup.context, { paper: setup.paper }));
const out = join(temp, 'out.pdf');
const cliRuns = [];
const chromiumRuns = [];
for (let run = 0; run <= REPEATS; run += 1) {
  cliRuns.push(timed(process.execPath, [CLI, 'export', fixture, '--to', 'pdf', '-o', out], isPdf(out)));
  chromiumRuns.push(
    timed(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-pdf-header-footer', `--print-to-pdf=${out}`, pathToFileURL(page).href], isPdf(out)),
  );
}
rows.push(['PDF of the fixture, command line, first run', ms(cliRuns[0]), `Chromium alone, first: ${ms(chromiumRuns[0])}`]);
rows.push([`PDF of the fixture, command line, repeated (median of ${REPEATS})`, ms(median(cliRuns.slice(1))), `Chromium alone: ${ms(median(chromiumRuns.slice(1)))}`]);

// 2. Within one process: the printer stays up.
progress(`in process: launch, then ${REPEATS * 2} prints of the fixture`);
const text = readFileSync(fixture, 'utf8');
const launchStart = performance.now();
const printer = await PdfPrinter.launch();
await printPosting(printer, text, setup.context, { paper: setup.paper });
const first = performance.now() - launchStart;
const warm = [];
for (let run = 0; run < REPEATS * 2; run += 1) {
  const start = performance.now();
  const { pdf } = await printPosting(printer, text, setup.context, { paper: setup.paper });
  warm.push(performance.now() - start);
  if (pdf.length < 1000) stop('a print came back empty');
}
await printer.close();
rows.push(['PDF of the fixture in one process, first (Chromium launch included)', ms(first), '']);
rows.push([`PDF of the fixture in one process, warm (median of ${REPEATS * 2})`, ms(median(warm)), '']);

// 3. Batch of the whole careers-crunch site.
progress(`batch: ${postings.length} careers-crunch postings to every format`);
let hugo = '';
const hugoPublic = join(temp, 'public');
if (spawnSync('hugo', ['version']).status === 0) {
  hugo = `hugo building the site: ${ms(timed('hugo', ['--quiet', '--source', crunch, '--destination', hugoPublic]))}`;
} else progress('no hugo on the PATH: the batch anchor is left out (apt-get install -y hugo)');
for (const [format, extra, extension] of [
  ['md', [], 'md'],
  ['html', [], 'html'],
  ['html', ['--standalone'], 'html'],
  ['text', [], 'txt'],
  ['jsonld', [], 'jsonld'],
  ['pdf', [], 'pdf'],
]) {
  const folder = join(temp, `batch-${format}${extra.length ? '-page' : ''}`);
  const elapsed = timed(process.execPath, [CLI, 'export', ...postings, '--to', format, ...extra, '-o', folder], () => {
    const written = readdirSync(folder).filter((name) => name.endsWith(`.${extension}`));
    if (written.length !== postings.length) stop(`--to ${format} wrote ${written.length} of ${postings.length} files`);
  });
  const label = `Batch: ${postings.length} careers-crunch postings --to ${format}${extra.length ? ' --standalone' : ''}`;
  rows.push([label, `${ms(elapsed)} (${ms(elapsed / postings.length)} each)`, format === 'md' ? hugo : '']);
}

const [load1] = loadavg();
process.stdout.write(`### Export (bench/export.mjs), ${cpus().length} CPUs, load ${load1.toFixed(2)}, ${new Date().toISOString().slice(0, 10)}\n\n`);
process.stdout.write('| What | Time | Anchor, same run |\n|---|---|---|\n');
for (const [what, time, anchor] of rows) process.stdout.write(`| ${what} | ${time} | ${anchor} |\n`);
