#!/usr/bin/env node
/**
 * Benchmark of posting lint (issue 3). Not a test: it prints one Markdown
 * table from one run, with its anchors measured in the same run.
 *
 * 1. Per-document lint time on ../shared/fixtures/senior-backend-engineer.md
 *    and on the 34 postings of careers-crunch, for three linters:
 *    Posting Desk's full rule set (`lintPosting`), a retext pipeline of
 *    comparable coverage (retext-english + retext-spell with dictionary-en +
 *    retext-equality) and write-good, the last two on the Markdown body (front
 *    matter stripped). Each linter and document set runs in a fresh child
 *    process (this file with `--child`), so module import, dictionary load
 *    and the first, cold lint are measured alike for each; then every
 *    document is linted once more plus `--repeats` times (warm).
 *    The grammar rule (harper.js) has a row of its own: its load and lint time.
 * 2. `posting-desk lint <site>` on the whole careers-crunch site, timed from
 *    spawn to exit (Node start-up included), without and with `--grammar`,
 *    beside a bare `node -e ""` start.
 *
 * Times are wall clock and CPU (user + system of the process, all threads):
 * the machine is shared, and CPU time is the steadier figure when it is busy.
 *
 * It measures the built code: run `npm run build` first (`npm run bench`
 * does). Options: --runs N (timed command-line runs, default 5), --repeats N
 * (warm lints of each document, default 20). Progress goes to stderr, the
 * table to stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchScript, median } from './support.mjs';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SELF), '..');
const CORPUS = resolve(process.env.POSTING_DESK_CORPUS ?? join(ROOT, '../shared/corpus'));
const SITE = join(CORPUS, 'careers-crunch');
const JOBS = join(SITE, 'content/jobs');
const FIXTURE = resolve(process.env.POSTING_DESK_FIXTURE ?? join(CORPUS, '../fixtures/senior-backend-engineer.md'));
const CLI = join(ROOT, 'dist/postings/cli/main.js');

const { stop, progress, positiveInteger } = benchScript('lint');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '20' },
    // Internal: the measuring child process (see `measureInChild`).
    child: { type: 'string' },
    set: { type: 'string' },
    // bench/run-all.mjs hands every benchmark the same arguments: core.mjs's own options are accepted and ignored.
    postings: { type: 'string' },
    keep: { type: 'boolean' },
  },
});
const RUNS = positiveInteger(options.runs, '--runs');
const REPEATS = positiveInteger(options.repeats, '--repeats');
const WARM_TARGET_MS = 10;
const SITE_TARGET_MS = 2000;
const SITE_GRAMMAR_TARGET_MS = 4000;

/** A benchmark that cannot be trusted (a failed child, a wrong count): thrown so temporary files are still removed. */
class BenchFailure extends Error {}

function fail(message) {
  throw new BenchFailure(message);
}

// ---------------------------------------------------------------------------
// Small helpers

const now = () => performance.now();

/** CPU time of this process so far, in ms (user + system, every thread: GC helpers count too). */
function cpuMs(since) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

const integer = new Intl.NumberFormat('en-US');

/** Milliseconds, with the precision a reader can use: 0.42 ms, 7.3 ms, 412 ms, 12.3 s. */
function ms(value) {
  if (value === undefined) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${integer.format(Math.round(value))} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** A wall / CPU pair for one table cell. */
const wallCpu = (time) => (time ? `${ms(time.wall)} / ${ms(time.cpu)}` : '–');

/** The postings of a folder, sorted, without the section page (as `posting-desk lint` finds them). */
function postingFiles(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== '_index.md')
    .sort()
    .map((name) => join(folder, name));
}

function readText(path) {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/**
 * The Markdown body: what the other linters are given. Front matter is cut by
 * hand here, independently of the code under test: TOML between `+++` lines,
 * YAML between `---` lines.
 */
function markdownBody(text) {
  const match = /^(\+\+\+|---)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

// ---------------------------------------------------------------------------
// The linters, as the child process drives them

/**
 * Each linter: `load` imports its modules, `loadDictionary` parses its
 * dictionary (timed apart), `setup` prepares what one document set needs,
 * `input` turns a file into what `lint` takes, and `summarize` counts the
 * messages of one lint by kind.
 */
const LINTERS = {
  'posting-desk': {
    label: 'Posting Desk, all rules',
    async load() {
      const dist = (path) => import(pathToFileURL(join(ROOT, 'dist/postings', path)).href);
      const [{ lintPosting }, { repositoryLintContext }, { openRepository }, { loadSpeller }, { allRules }] = await Promise.all([
        dist('lint/lint-posting.js'),
        dist('repo/lint-setup.js'),
        dist('repo/repository.js'),
        dist('repo/dictionaries.js'),
        dist('lint/rules/index.js'),
      ]);
      const families = new Map(allRules.map((rule) => [rule.meta.id, rule.meta.family]));
      const today = new Date().toISOString().slice(0, 10);
      let context;
      return {
        // dictionary-en read (host side) and parsed by nspell: the speller the CLI keeps for the whole run.
        loadDictionary: () => loadSpeller([], 'en-US'),
        // The repository's settings, word list and other postings (for duplicate titles and weights), as the CLI builds them.
        async setup(set) {
          context = await repositoryLintContext(set === 'corpus' ? openRepository(SITE) : undefined, today);
        },
        input: (file, set) => ({ text: readText(file), path: set === 'corpus' ? relative(SITE, file).split('\\').join('/') : undefined }),
        lint: ({ text, path }) => lintPosting(text, context, path === undefined ? {} : { path }).messages,
        summarize(messages) {
          const groups = {};
          const severities = {};
          for (const message of messages) {
            const family = families.get(message.ruleId) ?? message.ruleId;
            groups[family] = (groups[family] ?? 0) + 1;
            severities[message.severity] = (severities[message.severity] ?? 0) + 1;
          }
          return { total: messages.length, groups, severities };
        },
      };
    },
  },
  grammar: {
    label: 'Posting Desk, grammar rule only (harper.js, the kept checks)',
    async load() {
      const dist = (path) => import(pathToFileURL(join(ROOT, 'dist/postings', path)).href);
      const [{ lintPosting }, { loadGrammarChecker }, { grammarRules }] = await Promise.all([
        dist('lint/lint-posting.js'),
        dist('repo/grammar.js'),
        dist('lint/rules/grammar/index.js'),
      ]);
      let grammar;
      const config = { rules: {}, words: [], unsafeHtml: true, today: new Date().toISOString().slice(0, 10) };
      return {
        // harper.js's WebAssembly read from node_modules, its linter built and warmed up.
        async loadDictionary() {
          grammar = await loadGrammarChecker('en-US');
        },
        async setup() {},
        input: (file) => readText(file),
        lint: (text) => lintPosting(text, { config, grammar }, { rules: grammarRules }).messages,
        summarize: (messages) => ({ total: messages.length, groups: messages.length > 0 ? { grammar: messages.length } : {} }),
      };
    },
  },
  retext: {
    label: 'retext-english + retext-spell (dictionary-en) + retext-equality, on the body',
    async load() {
      const [{ unified }, { default: retextEnglish }, { default: retextSpell }, { default: retextEquality }, { VFile }] = await Promise.all([
        import('unified'),
        import('retext-english'),
        import('retext-spell'),
        import('retext-equality'),
        import('vfile'),
      ]);
      let processor;
      return {
        // freeze() runs the plugins' attachers: retext-spell builds its nspell checker there.
        async loadDictionary() {
          const { default: dictionary } = await import('dictionary-en');
          processor = unified().use(retextEnglish).use(retextSpell, { dictionary }).use(retextEquality).freeze();
        },
        async setup() {},
        input: (file) => markdownBody(readText(file)),
        lint(body) {
          const file = new VFile(body);
          // Every plugin here finishes synchronously once the dictionary is loaded, so runSync is the whole check.
          processor.runSync(processor.parse(file), file);
          return file.messages;
        },
        summarize(messages) {
          const groups = {};
          for (const message of messages) groups[message.source] = (groups[message.source] ?? 0) + 1;
          return { total: messages.length, groups };
        },
      };
    },
  },
  'write-good': {
    label: 'write-good, on the body',
    async load() {
      const { default: writeGood } = await import('write-good');
      return {
        loadDictionary: undefined,
        async setup() {},
        input: (file) => markdownBody(readText(file)),
        lint: (body) => writeGood(body),
        summarize: (messages) => ({ total: messages.length, groups: {} }),
      };
    },
  },
};

/** Wall and CPU time of one call. */
async function timed(action) {
  const cpuBefore = process.cpuUsage();
  const started = now();
  const result = await action();
  return { wall: now() - started, cpu: cpuMs(cpuBefore), result };
}

/** Same, for a synchronous call, so no promise machinery lands inside the measured time. */
function timedSync(action) {
  const cpuBefore = process.cpuUsage();
  const started = now();
  const result = action();
  return { wall: now() - started, cpu: cpuMs(cpuBefore), result };
}

/**
 * The child process: one linter, one document set, a fresh Node. The first
 * lint of the first document is the cold one; each document is then linted
 * once more untimed (its first sight in a warm process is not what an editor
 * re-linting on each keystroke sees) and REPEATS times timed.
 */
async function measureInChild(name, set) {
  const linter = LINTERS[name];
  if (!linter) stop(`unknown linter ${name}`);
  if (set !== 'fixture' && set !== 'corpus') stop(`unknown document set ${set}`);
  const imported = await timed(() => linter.load());
  const engine = imported.result;
  const dictionary = engine.loadDictionary ? await timed(() => engine.loadDictionary()) : undefined;
  const setup = await timed(() => engine.setup(set));
  const files = set === 'fixture' ? [FIXTURE] : postingFiles(JOBS);
  const documents = [];
  for (const file of files) {
    const input = engine.input(file, set);
    const first = timedSync(() => engine.lint(input));
    engine.lint(input);
    const warm = [];
    for (let repeat = 0; repeat < REPEATS; repeat += 1) {
      const { wall, cpu } = timedSync(() => engine.lint(input));
      warm.push({ wall, cpu });
    }
    documents.push({
      name: basename(file),
      bytes: Buffer.byteLength(readFileSync(file)),
      first: { wall: first.wall, cpu: first.cpu },
      warm: { wall: median(warm.map((sample) => sample.wall)), cpu: median(warm.map((sample) => sample.cpu)) },
      warnings: engine.summarize(first.result),
    });
  }
  const pick = ({ wall, cpu }) => ({ wall, cpu });
  const report = { linter: name, set, import: pick(imported), dictionary: dictionary && pick(dictionary), setup: pick(setup), documents };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

// ---------------------------------------------------------------------------
// The parent: children for the per-document times, the CLI from the shell

function runChild(name, set) {
  const args = [SELF, '--child', name, '--set', set, '--repeats', String(REPEATS)];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (result.error) fail(`the ${name} child could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`the ${name} child on the ${set} exited ${result.status ?? result.signal}`);
  return JSON.parse(result.stdout);
}

/** /usr/bin/time reports a child's CPU time, the steadier figure on a shared machine; without it only wall time is shown. */
const GNU_TIME = ['/usr/bin/time'].find((path) => spawnSync(path, ['-f', '%U', 'true']).status === 0);

/** Wall time of one process from spawn to exit, and its CPU time when /usr/bin/time is there. */
function timeProcess(command, args, okStatuses, cpuFile) {
  const [file, fileArgs] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  const started = now();
  // Run from the temporary folder: the lint command takes the site as an argument, like a user would in a shell.
  const result = spawnSync(file, fileArgs, { encoding: 'utf8', cwd: dirname(cpuFile), maxBuffer: 64 * 1024 * 1024 });
  const wall = now() - started;
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (!okStatuses.includes(result.status)) fail(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  let cpu;
  if (GNU_TIME) {
    const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = (user + system) * 1000;
  }
  return { wall, cpu, stdout: result.stdout };
}

function benchmarkCommandLine(scratch, expectedFiles) {
  const cpuFile = join(scratch, 'cpu-time');
  // Exit 1 means lint found errors: a finished lint all the same.
  const lint = [process.execPath, [CLI, 'lint', SITE], [0, 1], cpuFile];
  const grammar = [process.execPath, [CLI, 'lint', SITE, '--grammar'], [0, 1], cpuFile];
  const bare = [process.execPath, ['-e', ''], [0], cpuFile];
  // The untimed first run warms the page cache and checks that the whole site is linted.
  const checked = timeProcess(process.execPath, [CLI, 'lint', SITE, '--format', 'json'], [0, 1], cpuFile);
  const files = JSON.parse(checked.stdout);
  if (files.length !== expectedFiles) fail(`posting-desk lint linted ${files.length} files, expected ${expectedFiles}`);
  const warnings = files.reduce((sum, file) => sum + file.messages.length, 0);
  timeProcess(...bare);
  const samples = { lint: [], grammar: [], bare: [] };
  // Alternating, so background load hits all alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const [key, command] of [['lint', lint], ['grammar', grammar], ['bare', bare]]) {
      const { wall, cpu } = timeProcess(...command);
      samples[key].push({ wall, cpu });
    }
  }
  const summary = (list) => ({
    wall: median(list.map((sample) => sample.wall)),
    cpu: GNU_TIME ? median(list.map((sample) => sample.cpu)) : undefined,
    walls: list.map((sample) => sample.wall),
  });
  return { lint: summary(samples.lint), grammar: summary(samples.grammar), bare: summary(samples.bare), files: files.length, warnings };
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

// ---------------------------------------------------------------------------
// The run

if (options.child) {
  await measureInChild(options.child, options.set);
} else {
  if (!existsSync(CLI)) stop('dist/ is missing: run `npm run build` first');
  if (!existsSync(JOBS)) stop(`the corpus is missing at ${CORPUS} (set POSTING_DESK_CORPUS to its folder)`);
  if (!existsSync(FIXTURE)) stop(`the fixture is missing at ${FIXTURE} (set POSTING_DESK_FIXTURE to the file)`);
  for (const name of ['retext-english', 'retext-spell', 'retext-equality', 'unified', 'vfile', 'write-good', 'dictionary-en']) {
    if (!existsSync(join(ROOT, 'node_modules', name))) stop(`${name} is not installed: run \`npm install\` (it is a devDependency)`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'posting-desk-bench-lint-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      removeScratch();
      process.exit(130);
    });
  }
  try {
    process.stdout.write(benchmark(scratch));
  } catch (error) {
    if (!(error instanceof BenchFailure)) throw error;
    progress(error.message);
    process.exitCode = 1;
  } finally {
    removeScratch();
  }
}

/** The whole run; returns the report. */
function benchmark(scratch) {
  const started = new Date();
  const loadAtStart = loadavg();
  progress(`load average at start ${loadAtStart.map((value) => value.toFixed(2)).join(', ')}`);
  const postings = postingFiles(JOBS).length;
  const measured = {};
  for (const set of ['fixture', 'corpus']) {
    for (const name of Object.keys(LINTERS)) {
      const what = set === 'fixture' ? basename(FIXTURE) : `${postings} postings`;
      progress(`${name} on ${what}: fresh process, 1 cold lint, then per document 1 + ${REPEATS} warm`);
      measured[`${name}/${set}`] = runChild(name, set);
    }
  }
  progress(`posting-desk lint on the whole site: 1 checked warm-up + ${RUNS} runs, alternating with bare node start-up`);
  const commandLine = benchmarkCommandLine(scratch, postings);
  const loadAtEnd = loadavg();
  return formatReport({ started, loadAtStart, loadAtEnd, measured, commandLine, postings });
}

// ---------------------------------------------------------------------------
// The report: one table, with what it was measured on

function formatReport({ started, loadAtStart, loadAtEnd, measured, commandLine, postings }) {
  const cpu = cpus();
  const fixtureBytes = Buffer.byteLength(readFileSync(FIXTURE));
  const names = Object.keys(LINTERS);
  const toolCell = (name) => (name === 'posting-desk' ? '**Posting Desk**, all rules but grammar (`lintPosting`)' : LINTERS[name].label);
  const warningsCell = (documents) => {
    const total = documents.reduce((sum, document) => sum + document.warnings.total, 0);
    return integer.format(total);
  };
  const warmOf = (documents) => documents.map((document) => document.warm);
  const medianOf = (times) => ({ wall: median(times.map((time) => time.wall)), cpu: median(times.map((time) => time.cpu)) });
  const slowest = (documents) => documents.reduce((worst, document) => (document.warm.wall > worst.warm.wall ? document : worst));

  const header = ['Documents', 'Linter', 'Import (wall / CPU)', 'Dictionary load', 'First lint, cold', 'Warm lint, median', 'Slowest posting, warm median', 'From the shell, spawn to exit (median)', 'Warnings'];
  const rows = [header];
  for (const name of names) {
    const run = measured[`${name}/fixture`];
    const [document] = run.documents;
    rows.push([
      name === names[0] ? `\`${basename(FIXTURE)}\` (${(fixtureBytes / 1024).toFixed(1)} KB)` : '',
      toolCell(name),
      wallCpu(run.import),
      wallCpu(run.dictionary),
      wallCpu(document.first),
      name === 'posting-desk' ? `**${wallCpu(document.warm)}**` : wallCpu(document.warm),
      '–',
      '–',
      warningsCell(run.documents),
    ]);
  }
  for (const name of names) {
    const run = measured[`${name}/corpus`];
    const worst = slowest(run.documents);
    rows.push([
      name === names[0] ? `${postings} careers-crunch postings (median of the per-posting warm medians; cold = the first, \`${run.documents[0].name}\`)` : '',
      toolCell(name),
      wallCpu(run.import),
      wallCpu(run.dictionary),
      wallCpu(run.documents[0].first),
      wallCpu(medianOf(warmOf(run.documents))),
      `${wallCpu(worst.warm)} (\`${worst.name}\`)`,
      '–',
      warningsCell(run.documents),
    ]);
  }
  rows.push([
    `Whole careers-crunch site (${commandLine.files} postings), ${RUNS} run${RUNS === 1 ? '' : 's'}`,
    '`posting-desk lint <site>`, text output',
    '–',
    '–',
    '–',
    '–',
    '–',
    `**${wallCpu(commandLine.lint)}** (wall ${ms(Math.min(...commandLine.lint.walls))} – ${ms(Math.max(...commandLine.lint.walls))})`,
    integer.format(commandLine.warnings),
  ]);
  rows.push([
    '',
    '`posting-desk lint <site> --grammar` (harper.js loaded and run too)',
    '–',
    '–',
    '–',
    '–',
    '–',
    `**${wallCpu(commandLine.grammar)}** (wall ${ms(Math.min(...commandLine.grammar.walls))} – ${ms(Math.max(...commandLine.grammar.walls))})`,
    '–',
  ]);
  rows.push(['', '`node -e ""` (Node start-up alone), same runs', '–', '–', '–', '–', '–', wallCpu(commandLine.bare), '–']);

  const table = rows.map((cells) => `| ${cells.join(' | ')} |`);
  table.splice(1, 0, `|${header.map(() => ' --- ').join('|')}|`);

  const fixtureWarm = measured['posting-desk/fixture'].documents[0].warm;
  const siteTime = commandLine.lint;
  const verdict = (time, target) => {
    const wallMet = time.wall <= target;
    const cpuMet = time.cpu !== undefined && time.cpu <= target;
    if (wallMet) return `**met** (wall ${ms(time.wall)}, CPU ${ms(time.cpu)})`;
    const byCpu = cpuMet ? '; the CPU time alone is within it, so the wall time reflects the load on the machine: rerun on a quiet machine to confirm' : '; the CPU time alone is over it too';
    return `**not met** (wall ${ms(time.wall)}, CPU ${ms(time.cpu)}${byCpu})`;
  };

  const loadText = (values) => values.map((value) => value.toFixed(2)).join(', ');
  const busy = loadAtStart[0] > cpu.length || loadAtEnd[0] > cpu.length;
  const pd = measured['posting-desk/corpus'];
  const retext = measured['retext/corpus'];
  const writeGood = measured['write-good/corpus'];
  const totals = (run, key) => {
    const sums = {};
    for (const document of run.documents) {
      for (const [group, count] of Object.entries(document.warnings[key] ?? {})) sums[group] = (sums[group] ?? 0) + count;
    }
    return Object.entries(sums).sort((a, b) => b[1] - a[1]).map(([group, count]) => `${group} ${integer.format(count)}`).join(', ');
  };
  const total = (run) => integer.format(run.documents.reduce((sum, document) => sum + document.warnings.total, 0));
  const postingsWith = (run) => run.documents.filter((document) => document.warnings.total > 0).length;

  const lines = [
    '## Posting lint benchmark',
    '',
    `${started.toISOString()} · Node ${process.version} · ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}) · ${Math.round(totalmem() / 2 ** 30)} GiB · ${platform()} ${release()} · load average (1, 5, 15 min) ${loadText(loadAtStart)} at start, ${loadText(loadAtEnd)} at end${busy ? ' (busy: more runnable work than cores, so wall times are inflated; CPU time is the steadier figure)' : ''}`,
    '',
    ...table,
    '',
    `Times are wall / CPU (user + system of the process, all threads). Each linter and document set ran in a fresh Node process: “Import” is loading its modules, “Dictionary load” reading and parsing dictionary-en (Posting Desk: \`loadSpeller\`; retext: building the frozen pipeline, where retext-spell makes its nspell checker), “First lint, cold” the first lint in that process. Warm: each document linted once untimed, then ${REPEATS} times; both linters' spelling caches are warm then, as when an editor re-lints the open posting. Posting Desk lints the whole file with the repository's context (${ms(pd.setup.wall)} to open the site and read the other postings' details, not included above); retext and write-good get the Markdown body with the front matter cut off, as plain text.`,
    '',
    `Target, warm full lint of a ~3 KB posting (the fixture, ${(fixtureBytes / 1024).toFixed(1)} KB) in at most ${WARM_TARGET_MS} ms median: ${verdict(fixtureWarm, WARM_TARGET_MS)}.`,
    `Target, the whole site from the command line with grammar within ${SITE_GRAMMAR_TARGET_MS / 1000} s: ${verdict(commandLine.grammar, SITE_GRAMMAR_TARGET_MS)}. “Dictionary load” of the grammar row is harper.js building its linter (its dictionary and tagger, warmed up with one lint).`,
    `Target, the whole site from the command line within ${SITE_TARGET_MS / 1000} s including start-up: ${verdict(siteTime, SITE_TARGET_MS)}.${GNU_TIME ? '' : ' (No /usr/bin/time: `apt-get install -y time` for the CPU column of the command-line rows.)'}`,
    '',
    `Warnings on the ${postings} postings (proofread, published; each linter's messages of every kind):`,
    `- Posting Desk: ${total(pd)} on ${postingsWith(pd)} postings; by severity ${totals(pd, 'severities')}; by family ${totals(pd, 'groups')}.`,
    `- retext: ${total(retext)} on ${postingsWith(retext)} postings; ${totals(retext, 'groups') || 'none'}.`,
    `- write-good: ${total(writeGood)} on ${postingsWith(writeGood)} postings.`,
    '',
    `Versions: unified ${packageVersion('unified')}, retext-english ${packageVersion('retext-english')}, retext-spell ${packageVersion('retext-spell')}, retext-equality ${packageVersion('retext-equality')}, write-good ${packageVersion('write-good')}, dictionary-en ${packageVersion('dictionary-en')}, nspell ${packageVersion('nspell')}.`,
  ];
  return `${lines.join('\n')}\n`;
}
