#!/usr/bin/env node
/**
 * Benchmark of the postings core (issue 2). Not a test: it prints one
 * Markdown table from one run, with its anchors measured in the same run.
 *
 * 1. Listing: `posting-desk list` of a generated 5,000-posting Hugo site,
 *    timed from process spawn to exit (Node start-up included), beside
 *    `hugo list all` on the same site.
 * 2. Saving: every .md file of ../shared/corpus read, parsed, edited and
 *    turned back into bytes, losslessly (editPosting) and by
 *    parse-then-stringify with smol-toml, with the number of files whose
 *    text changed beyond the edited line.
 *
 * It measures the built code: run `npm run build` first (`npm run bench`
 * does). Options: --runs N (timed runs per measurement, default 5),
 * --postings N (size of the generated site, default 5000), --keep (leave the
 * generated site on disk and print where). Progress goes to stderr, the table
 * to stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { benchScript, median } from './support.mjs';
import { parse as tomlParse, stringify as tomlStringify } from 'smol-toml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(process.env.POSTING_DESK_CORPUS ?? join(ROOT, '../shared/corpus'));
const JOBS = join(CORPUS, 'careers-crunch/content/jobs');
const CLI = join(ROOT, 'dist/postings/cli/main.js');

const { stop, progress, positiveInteger } = benchScript('core');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    postings: { type: 'string', default: '5000' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = positiveInteger(options.runs, '--runs');
const POSTINGS = positiveInteger(options.postings, '--postings');
const TARGET_MS = 1000;
/** Unique, ASCII and free of quotes, so every TOML writer spells it the same and its line is easy to find. */
const NEW_TITLE = 'Edited by the Posting Desk benchmark';

/** A benchmark that cannot be trusted (a wrong count, a failed process): thrown so the temporary site is still removed. */
class BenchFailure extends Error {}

function fail(message) {
  throw new BenchFailure(message);
}

if (!existsSync(CLI)) stop('dist/ is missing: run `npm run build` first');
if (!existsSync(JOBS)) stop(`the corpus is missing at ${CORPUS} (set POSTING_DESK_CORPUS to its folder)`);
const HUGO_VERSION = hugoVersion();

// Imported after the check above so a missing build gets a clear message.
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist/postings', path)).href);
const { decodePosting, encodePosting } = await dist('file/decode.js');
const { splitPosting } = await dist('file/split.js');
const { PostingError } = await dist('file/posting-error.js');
const { editPosting, readPostingBytes, readPostingText } = await dist('posting/posting.js');

// ---------------------------------------------------------------------------
// Small helpers

const now = () => performance.now();

const integer = new Intl.NumberFormat('en-US');
const ms = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${integer.format(Math.round(value))} ms`);
const range = (samples) => `${ms(Math.min(...samples))} – ${ms(Math.max(...samples))}`;
const runsText = (count) => `${count} run${count === 1 ? '' : 's'}`;
const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

/** A small seeded generator (mulberry32), so every run generates the same site. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function markdownFiles(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return markdownFiles(path);
      return entry.isFile() && entry.name.endsWith('.md') ? [path] : [];
    });
}

function lineIndexAt(text, offset) {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

// ---------------------------------------------------------------------------
// 1. A generated careers site of POSTINGS postings made from the real ones

const LEVELS = ['', 'Senior ', 'Staff ', 'Junior ', 'Lead ', 'Principal ', 'Associate '];
const PLACES = ['Remote', 'Berlin', 'New York', 'London', 'Lisbon', 'Toronto', 'Remote (EU)', 'Austin', 'Paris', 'Singapore', 'São Paulo', 'Zürich'];
const BODY_BYTES = 2600;

/** The real postings, split by hand (independently of the code under test) into front matter lines and body. */
function realPostings() {
  return readdirSync(JOBS)
    .filter((name) => name.endsWith('.md') && name !== '_index.md')
    .sort()
    .map((name) => {
      const text = readFileSync(join(JOBS, name), 'utf8').replace(/\r\n/g, '\n');
      const match = /^\+\+\+\n([\s\S]*?)\n\+\+\+\n?([\s\S]*)$/.exec(text);
      if (!match) fail(`${name} does not start with TOML front matter`);
      const title = /^title\s*=\s*"(.*)"\s*$/m.exec(match[1])?.[1] ?? name.replace(/\.md$/, '');
      return { name, title, frontMatter: match[1], body: match[2] };
    });
}

function slug(text) {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function isoDate(time, offsetHours) {
  const local = new Date(time + offsetHours * 3_600_000).toISOString().slice(0, 19);
  if (offsetHours === 0) return `${local}Z`;
  const sign = offsetHours > 0 ? '+' : '-';
  return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}

/** Replaces a top-level `key = …` line, or adds one after the title when the posting has none. */
function withLine(frontMatter, key, line) {
  const pattern = new RegExp(`^${key}\\s*=.*$`, 'm');
  if (pattern.test(frontMatter)) return frontMatter.replace(pattern, line);
  return frontMatter.replace(/^(title\s*=.*)$/m, `$1\n${line}`);
}

/**
 * About BODY_BYTES of Markdown, whole paragraphs only: the posting's own
 * body, cut when it is longer, topped up with paragraphs of the others when
 * it is shorter.
 */
function paddedBody(sources, index) {
  const paragraphsOf = (source) => source.body.split(/\n{2,}/).map((part) => part.trim()).filter(Boolean);
  const own = paragraphsOf(sources[index % sources.length]);
  const kept = [];
  let size = 0;
  const take = (paragraph) => {
    kept.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  };
  for (const paragraph of own) {
    if (size >= BODY_BYTES) break;
    take(paragraph);
  }
  for (let next = index + 1; size < BODY_BYTES; next += 1) {
    const donor = paragraphsOf(sources[next % sources.length]).filter((part) => !part.startsWith('#'));
    const paragraph = donor[next % Math.max(donor.length, 1)];
    if (paragraph) take(paragraph);
  }
  return `${kept.join('\n\n')}\n`;
}

function generateSite(folder, count) {
  const sources = realPostings();
  const random = seededRandom(20_231_127);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const section = join(folder, 'content/careers');
  mkdirSync(section, { recursive: true });
  writeFileSync(
    join(folder, 'hugo.toml'),
    'baseURL = "https://careers.example.com/"\nlanguageCode = "en-us"\ntitle = "Benchmark Careers"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n',
  );
  writeFileSync(join(section, '_index.md'), '+++\ntitle = "Careers"\n+++\n\nOpen positions.\n');
  const start = Date.UTC(2017, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const source = sources[index % sources.length];
    const title = `${pick(LEVELS)}${source.title} (${pick(PLACES)})`.replaceAll('"', '\\"');
    const time = start + Math.floor(random() * span);
    const offset = pick([0, 1, 2, -5, 9]);
    // Two date styles, as real sites have: a quoted string (this corpus) and a bare TOML date-time.
    const date = random() < 0.7 ? `"${isoDate(time, offset)}"` : isoDate(time, offset);
    let frontMatter = source.frontMatter;
    frontMatter = withLine(frontMatter, 'title', `title = "${title}"`);
    frontMatter = withLine(frontMatter, 'date', `date = ${date}`);
    frontMatter = withLine(frontMatter, 'draft', `draft = ${random() < 0.15}`);
    frontMatter = withLine(frontMatter, 'weight', `weight = ${1 + Math.floor(random() * 500)}`);
    if (random() < 0.1) frontMatter = withLine(frontMatter, 'expiryDate', `expiryDate = "${isoDate(time + 60 * 86_400_000, offset)}"`);
    const text = `+++\n${frontMatter}\n+++\n\n${paddedBody(sources, index)}`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(section, `${slug(title)}-${index + 1}.md`), text);
  }
  return { count, sources: sources.length, averageBytes: bytes / count };
}

/** /usr/bin/time reports a child's CPU time, the steadier figure on a shared machine; without it only wall time is shown. */
const GNU_TIME = ['/usr/bin/time'].find((path) => spawnSync(path, ['-f', '%U', 'true']).status === 0);

/** Wall time of one process from spawn to exit (and its CPU time when it can be had), with its output checked. */
function timeProcess(command, args, check, cpuFile) {
  const [file, fileArgs] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  const started = now();
  const result = spawnSync(file, fileArgs, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = now() - started;
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  check(result.stdout);
  let cpu;
  if (GNU_TIME) {
    const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = (user + system) * 1000;
  }
  return { wall, cpu };
}

function benchmarkListing(site) {
  const listed = (stdout) => {
    const last = stdout.trimEnd().split('\n').pop() ?? '';
    const found = /^(\d+) postings? in /.exec(last);
    if (!found || Number(found[1]) !== POSTINGS) fail(`posting-desk list printed “${last}”, expected ${POSTINGS} postings`);
    if (stdout.includes('unreadable')) fail('posting-desk list found unreadable postings in the generated site');
  };
  const hugoListed = (stdout) => {
    // CSV with a header row; the careers section page is listed too.
    const pages = stdout.trimEnd().split('\n').slice(1).filter((line) => line.includes('content/careers/') && !line.includes('_index.md')).length;
    if (pages !== POSTINGS) fail(`hugo list all listed ${pages} postings, expected ${POSTINGS}`);
  };
  const cpuFile = join(site, '.cpu-time');
  const ours = [process.execPath, [CLI, 'list', site], listed, cpuFile];
  const hugo = ['hugo', ['list', 'all', '--source', site, '--quiet'], hugoListed, cpuFile];
  // One untimed run each warms the page cache for both; then they alternate so background load hits both alike.
  timeProcess(...ours);
  timeProcess(...hugo);
  const samples = { ours: { wall: [], cpu: [] }, hugo: { wall: [], cpu: [] } };
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, command] of [['ours', ours], ['hugo', hugo]]) {
      const { wall, cpu } = timeProcess(...command);
      samples[name].wall.push(wall);
      if (cpu !== undefined) samples[name].cpu.push(cpu);
    }
  }
  return samples;
}

// ---------------------------------------------------------------------------
// 2. Saving the whole corpus: lossless edit vs parse-then-stringify

/**
 * Whether `saved` differs from `original` anywhere but the edited title.
 * With a title: drop the original title's lines and the lines of the new
 * title wherever the writer put them, and compare the rest. Without one the
 * edit was add-then-remove, so the text must come back whole.
 */
function changedBeyondEdit(original, saved, titleLines) {
  if (!titleLines) return saved !== original;
  const before = original.split('\n');
  before.splice(titleLines.first, titleLines.last - titleLines.first + 1);
  const after = saved.split('\n').filter((line) => !line.includes(NEW_TITLE));
  return before.join('\n') !== after.join('\n');
}

/** Reads every file once (untimed) to know which ones both paths can save, and where each title stands. */
function surveyCorpus(paths) {
  const skipped = {};
  const files = [];
  for (const path of paths) {
    const bytes = readFileSync(path);
    let posting;
    try {
      posting = readPostingBytes(bytes);
    } catch (error) {
      if (!(error instanceof PostingError)) throw error;
      skipped[error.code] = (skipped[error.code] ?? 0) + 1;
      continue;
    }
    const format = posting.frontMatter?.format;
    if (format !== 'toml') {
      const reason = format ? `${format} front matter` : 'no front matter';
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      continue;
    }
    const entry = posting.frontMatter.entries.find((item) => item.path.length === 1 && item.path[0] === 'title');
    const titleLines = entry && posting.frontMatter.root.entries.has('title')
      ? { first: lineIndexAt(posting.text, entry.keyStart), last: lineIndexAt(posting.text, entry.valueEnd) }
      : undefined;
    files.push({ path, titleLines });
  }
  return { files, skipped };
}

const titleEdit = { op: 'set', path: ['title'], value: { type: 'string', value: NEW_TITLE } };

function saveLossless(file) {
  const posting = readPostingBytes(readFileSync(file.path));
  if (file.titleLines) return encodePosting(editPosting(posting, [titleEdit]));
  const added = readPostingText(editPosting(posting, [titleEdit]));
  return encodePosting(editPosting(added, [{ op: 'remove', path: ['title'] }]));
}

/**
 * The usual way: parse the front matter, change the object, stringify it.
 * Given every chance: the blank lines around the front matter and its line
 * ending kind are kept as found, so only what the writer itself decides counts.
 */
function saveStringified(file) {
  const text = decodePosting(readFileSync(file.path));
  const region = splitPosting(text).frontMatter;
  const source = text.slice(region.start, region.end);
  const data = tomlParse(source);
  if (file.titleLines) {
    data.title = NEW_TITLE;
  } else {
    data.title = NEW_TITLE;
    delete data.title;
  }
  const lead = /^\s*/.exec(source)[0];
  const tail = /\s*$/.exec(source)[0];
  let written = lead + tomlStringify(data).trim() + tail;
  if (source.includes('\r\n')) written = written.replace(/\r?\n/g, '\r\n');
  return encodePosting(text.slice(0, region.start) + written + text.slice(region.end));
}

function timeSaves(files, save) {
  const cpuBefore = process.cpuUsage();
  const started = now();
  const outputs = [];
  const failed = [];
  for (const file of files) {
    try {
      outputs.push(save(file));
    } catch (error) {
      outputs.push(undefined);
      failed.push({ file, error });
    }
  }
  const elapsed = now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { elapsed, cpu: (cpu.user + cpu.system) / 1000, outputs, failed };
}

function benchmarkSaving(files) {
  const decoder = new TextDecoder();
  const originals = files.map((file) => decoder.decode(readFileSync(file.path)));
  const paths = {
    lossless: { save: saveLossless, samples: [], cpu: [] },
    stringify: { save: saveStringified, samples: [], cpu: [] },
  };
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  for (const [name, path] of Object.entries(paths)) {
    progress(`saving ${files.length} corpus files, ${name}: 1 warm-up + ${runsText(runs)}`);
    path.result = timeSaves(files, path.save);
    for (let run = 0; run < runs; run += 1) {
      const { elapsed, cpu } = timeSaves(files, path.save);
      path.samples.push(elapsed);
      path.cpu.push(cpu);
    }
    const { outputs } = path.result;
    path.changed = outputs.filter((bytes, index) => bytes && changedBeyondEdit(originals[index], decoder.decode(bytes), files[index].titleLines)).length;
    path.saved = outputs.filter(Boolean).length;
  }
  // An independent reader checks the lossless values: smol-toml must read each saved front matter as the original with the new title.
  let wrongValues = 0;
  paths.lossless.result.outputs.forEach((bytes, index) => {
    if (!bytes) return;
    try {
      const expected = frontMatterData(originals[index]);
      if (files[index].titleLines) expected.title = NEW_TITLE;
      if (!isDeepStrictEqual(frontMatterData(decoder.decode(bytes)), expected)) wrongValues += 1;
    } catch {
      // smol-toml cannot read the original: nothing to compare with.
    }
  });
  paths.lossless.wrongValues = wrongValues;
  return paths;
}

function frontMatterData(text) {
  const region = splitPosting(text).frontMatter;
  return tomlParse(text.slice(region.start, region.end));
}

// ---------------------------------------------------------------------------
// The run

function hugoVersion() {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (result.error) stop('hugo is not installed (it is the anchor of the listing benchmark): apt-get install -y hugo');
  return /v[\d.]+\S*/.exec(result.stdout)?.[0] ?? result.stdout.trim();
}

function smolTomlVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules/smol-toml/package.json'), 'utf8')).version;
}

const started = new Date();
const load = loadavg()[0];
const site = mkdtempSync(join(tmpdir(), 'posting-desk-bench-'));
const removeSite = () => {
  if (!options.keep) rmSync(site, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    removeSite();
    process.exit(130);
  });
}

try {
  process.stdout.write(benchmark());
} catch (error) {
  if (!(error instanceof BenchFailure)) throw error;
  progress(error.message);
  process.exitCode = 1;
}

/** The whole run; returns the report. */
function benchmark() {
  let listing;
  let generated;
  try {
    progress(`generating ${POSTINGS} postings in ${site}`);
    generated = generateSite(site, POSTINGS);
    progress(`listing: 1 warm-up + ${runsText(RUNS)} each of posting-desk list and hugo list all`);
    listing = benchmarkListing(site);
  } finally {
    removeSite();
  }

  const corpusPaths = markdownFiles(CORPUS);
  const survey = surveyCorpus(corpusPaths);
  const saving = benchmarkSaving(survey.files);
  if (options.keep) progress(`kept the generated site in ${site}`);
  for (const path of [saving.lossless, saving.stringify]) {
    for (const { file, error } of path.result.failed.slice(0, 5)) progress(`refused ${relative(CORPUS, file.path)}: ${error.message}`);
  }
  return formatReport({ listing, generated, corpusPaths, survey, saving });
}

// ---------------------------------------------------------------------------
// The report: one table, with what it was measured on

function formatReport({ listing, generated, corpusPaths, survey, saving }) {
  const cpu = cpus();
  const listMedian = median(listing.ours.wall);
  const hugoMedian = median(listing.hugo.wall);
  const titled = survey.files.filter((file) => file.titleLines).length;
  const untitled = survey.files.length - titled;
  const skippedTotal = corpusPaths.length - survey.files.length;
  const skippedText = Object.entries(survey.skipped).map(([reason, count]) => `${count} ${reason}`).join(', ');
  const saveRuns = saving.lossless.samples.length;

  const cpuMedian = (samples) => (samples.length ? ms(median(samples)) : '–');
  const failures = (path) => (path.result.failed.length ? `; ${path.result.failed.length} refused` : '');
  const changed = (path) => `${integer.format(path.changed)} (${percent(path.changed, path.saved)})`;
  const rows = [
    ['What', 'Done by', 'Wall time (median)', 'Wall range', 'CPU user+sys (median)', 'Files', 'Text changed beyond the edit'],
    [
      `List ${integer.format(POSTINGS)} generated postings (from spawn to exit, Node start-up included; ${runsText(RUNS)})`,
      '`posting-desk list`',
      `**${ms(listMedian)}**`,
      range(listing.ours.wall),
      cpuMedian(listing.ours.cpu),
      integer.format(POSTINGS),
      '–',
    ],
    ['', '`hugo list all`, same site', ms(hugoMedian), range(listing.hugo.wall), cpuMedian(listing.hugo.cpu), integer.format(POSTINGS), '–'],
    [
      `Save the whole corpus: read, parse, edit the title (add and remove one where there is none), produce the bytes (in-process; ${runsText(saveRuns)})`,
      'lossless (`editPosting`)',
      ms(median(saving.lossless.samples)),
      range(saving.lossless.samples),
      cpuMedian(saving.lossless.cpu),
      `${integer.format(saving.lossless.saved)}${failures(saving.lossless)}`,
      `**${changed(saving.lossless)}**`,
    ],
    [
      '',
      `parse, then stringify (smol-toml ${smolTomlVersion()})`,
      ms(median(saving.stringify.samples)),
      range(saving.stringify.samples),
      cpuMedian(saving.stringify.cpu),
      `${integer.format(saving.stringify.saved)}${failures(saving.stringify)}`,
      `**${changed(saving.stringify)}**`,
    ],
  ];

  const table = rows.map((cells) => `| ${cells.join(' | ')} |`);
  table.splice(1, 0, `|${rows[0].map(() => ' --- ').join('|')}|`);

  const met = listMedian < TARGET_MS;
  const busy = load > cpu.length;
  const lines = [
    '## Postings core benchmark',
    '',
    `${started.toISOString()} · Node ${process.version} · ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}) · ${Math.round(totalmem() / 2 ** 30)} GiB · ${platform()} ${release()} · Hugo ${HUGO_VERSION} · load average ${load.toFixed(2)} at start${busy ? ' (busy: more runnable work than cores, so wall times are inflated; CPU time is the steadier figure)' : ''}`,
    '',
    ...table,
    '',
    `Target, listing ${integer.format(POSTINGS)} postings in under 1 s: **${met ? 'met' : 'not met'}** (median ${ms(listMedian)}; ${(listMedian / hugoMedian).toFixed(2)}× Hugo's time).`,
    '',
    `Generated site: ${integer.format(generated.count)} postings of ${(generated.averageBytes / 1024).toFixed(1)} KB on average, made from the ${generated.sources} real careers-crunch postings with varied titles, dates (quoted and bare), weights, drafts and expiry dates.`,
    `Corpus: ${integer.format(corpusPaths.length)} .md files; ${integer.format(survey.files.length)} with TOML front matter saved by both paths (${integer.format(titled)} title edits, ${integer.format(untitled)} add-and-remove); ${integer.format(skippedTotal)} are not editable TOML postings and left out (${skippedText || 'none'}).`,
    `Lossless saves whose values smol-toml reads back as intended: ${integer.format(saving.lossless.saved - saving.lossless.wrongValues)} of ${integer.format(saving.lossless.saved)}. Stringify was given its best chance: the blank lines around the front matter and the line-ending kind are kept as found.`,
  ];
  return `${lines.join('\n')}\n`;
}
