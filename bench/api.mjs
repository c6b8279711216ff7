#!/usr/bin/env node
/**
 * Benchmark of the application API's round trip (issue 6). Not a test: it
 * prints one Markdown table from one run, with its anchor measured in the
 * same run.
 *
 * Two postings, each in a temporary copy of its site (saving writes):
 * ../shared/fixtures/senior-backend-engineer.md in the sample site, and the
 * largest careers-crunch posting in a copy of careers-crunch. For each, the
 * median warm time (after --warmup untimed rounds, over --repeats timed
 * rounds) of one round trip through the handlers, in process, as a host
 * calls them: readPosting, lintText, renderText, savePosting (a one-word
 * change, so every save writes). The anchor is the same work as direct
 * library calls without the API layer (no argument validation, no path
 * guard, no repository settings read afresh, no JSON-safe views): read,
 * hash and parse the file; lint with a context built once; render the body;
 * write atomically over a checked version.
 *
 * It measures the built code: run `npm run build` first (`npm run bench`
 * does). Progress goes to stderr, the table to stdout.
 */
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchScript, makeWritable, median, scratchFolder } from './support.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(process.env.POSTING_DESK_CORPUS ?? join(ROOT, '../shared/corpus'));
const FIXTURE = resolve(CORPUS, '../fixtures/senior-backend-engineer.md');
const DIST = join(ROOT, 'dist/postings');
const { stop, progress, positiveInteger, loader } = benchScript('api');
const load = loader(DIST);

// bench/run-all.mjs passes every benchmark the same arguments: others' options are accepted and ignored.
const { values: options } = parseArgs({ strict: false, options: { repeats: { type: 'string', default: '30' }, warmup: { type: 'string', default: '5' } } });
const REPEATS = positiveInteger(options.repeats, '--repeats');
const WARMUP = positiveInteger(options.warmup, '--warmup');


const { createHandlers } = await load('api/handlers.js');
const { decodePosting } = await load('file/decode.js');
const { splitPosting } = await load('file/split.js');
const { readPostingText } = await load('posting/posting.js');
const { lintPosting } = await load('lint/lint-posting.js');
const { renderPostingBlocks, renderSettingsFromSite } = await load('render/index.js');
const { openRepository } = await load('repo/repository.js');
const { repositoryLintContext } = await load('repo/lint-setup.js');
const { savePosting } = await load('repo/save-posting.js');
const { hashBytes } = await load('repo/version.js');

const temp = scratchFolder('api');

function siteCopy(source, name) {
  const target = join(temp, name);
  cpSync(source, target, { recursive: true });
  makeWritable(target);
  return target;
}

const sample = siteCopy(join(ROOT, 'sample-site'), 'sample');
cpSync(FIXTURE, join(sample, 'content/careers/fixture-senior-backend-engineer.md'));
makeWritable(join(sample, 'content/careers/fixture-senior-backend-engineer.md'));
const crunch = siteCopy(join(CORPUS, 'careers-crunch'), 'careers-crunch');
const jobs = join(crunch, 'content/jobs');
const largest = readdirSync(jobs).filter((name) => name.endsWith('.md') && name !== '_index.md').sort((a, b) => statSync(join(jobs, b)).size - statSync(join(jobs, a)).size)[0];

const CASES = [
  { label: `fixture (${kb(FIXTURE)})`, root: sample, path: 'content/careers/fixture-senior-backend-engineer.md' },
  { label: `careers-crunch ${largest} (${kb(join(jobs, largest))})`, root: crunch, path: `content/jobs/${largest}` },
];

function kb(file) {
  return `${(statSync(file).size / 1024).toFixed(1)} KB`;
}


/** A one-word change that flips each round, so every save writes. */
const toggled = (text, round) => (round % 2 === 0 ? text.replace(/\bthe\b/, 'THE') : text.replace(/\bTHE\b/, 'the'));

function unwrap(result, step) {
  if (!result.ok) stop(`${step} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function viaApi(api, path, round) {
  const times = {};
  let start = performance.now();
  const view = unwrap(await api.readPosting({ path }), 'readPosting');
  times.read = performance.now() - start;
  start = performance.now();
  unwrap(await api.lintText({ path, text: view.text }), 'lintText');
  times.lint = performance.now() - start;
  start = performance.now();
  unwrap(await api.renderText({ path, text: view.text }), 'renderText');
  times.render = performance.now() - start;
  start = performance.now();
  const saved = unwrap(await api.savePosting({ path, baseVersion: view.version, text: toggled(view.text, round) }), 'savePosting');
  if (saved.status !== 'saved' || !saved.changed) stop(`savePosting did not write (${saved.status})`);
  times.save = performance.now() - start;
  return times;
}

async function direct(setup, path, round) {
  const times = {};
  const file = join(setup.root, path);
  let start = performance.now();
  const bytes = await readFile(file);
  const version = hashBytes(bytes);
  const text = decodePosting(bytes);
  readPostingText(text);
  times.read = performance.now() - start;
  start = performance.now();
  lintPosting(text, setup.context, { path });
  times.lint = performance.now() - start;
  start = performance.now();
  renderPostingBlocks(text.slice(splitPosting(text).bodyStart), setup.settings);
  times.render = performance.now() - start;
  start = performance.now();
  const saved = await savePosting(file, version, toggled(text, round));
  if (!saved.written) stop('the direct save did not write');
  times.save = performance.now() - start;
  return times;
}

const STEPS = ['read', 'lint', 'render', 'save'];
const rows = [];
for (const { label, root, path } of CASES) {
  progress(`${label}: warming up`);
  const api = createHandlers(root, { trash: async () => undefined });
  const repository = openRepository(root);
  const setup = { root, context: await repositoryLintContext(repository, new Date().toISOString().slice(0, 10)), settings: renderSettingsFromSite(repository.site.markup) };
  let round = 0;
  for (let index = 0; index < WARMUP; index += 1) {
    await viaApi(api, path, round++);
    await direct(setup, path, round++);
  }
  progress(`${label}: ${REPEATS} rounds of each, alternating`);
  const measured = { api: [], direct: [] };
  for (let index = 0; index < REPEATS; index += 1) {
    measured.api.push(await viaApi(api, path, round++));
    measured.direct.push(await direct(setup, path, round++));
  }
  await api.close();
  for (const step of [...STEPS, 'total']) {
    const of = (samples) => median(samples.map((times) => (step === 'total' ? STEPS.reduce((sum, name) => sum + times[name], 0) : times[step])));
    rows.push({ label, step, api: of(measured.api), direct: of(measured.direct) });
  }
  // Nothing lost on the way: the file ends as it began or with the one word flipped.
  const final = readFileSync(join(root, path), 'utf8');
  const original = readFileSync(path.includes('fixture') ? FIXTURE : join(CORPUS, 'careers-crunch', path), 'utf8');
  if (final !== original && final !== toggled(original, 0)) stop(`${path} does not end as the original or its one-word change`);
}

const STEP_NAMES = { read: 'readPosting', lint: 'lintText', render: 'renderText', save: 'savePosting', total: '**round trip**' };
const ms = (value) => `${value.toFixed(2)} ms`;
const lines = [
  `API round trip in process, median warm of ${REPEATS} rounds after ${WARMUP} (Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)})`,
  '',
  '| Posting | Step | Through the API handlers | Direct library calls (anchor) | API overhead |',
  '|---|---|---:|---:|---:|',
  ...rows.map((row) => `| ${row.label} | ${STEP_NAMES[row.step]} | ${ms(row.api)} | ${ms(row.direct)} | ${ms(row.api - row.direct)} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
