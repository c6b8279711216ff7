#!/usr/bin/env node
/**
 * How long the posting watcher takes to report a change made by another
 * program, on a small site (34 postings) and a large one (5,000), for each
 * kind of change. The anchor, measured in the same run on the same folder,
 * is the first raw fs.watch event for the same write: the part of the time
 * that belongs to the operating system. Prints one Markdown table.
 */
import { watch } from 'node:fs';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './support.mjs';

const dist = fileURLToPath(new URL('../dist/postings/repo/watch/posting-watcher.js', import.meta.url));
const { watchPostings } = await import(dist).catch(() => {
  console.error('bench/watch: run “npm run build” first');
  process.exit(2);
});

const ROUNDS = 7;
const posting = (index, extra = '') => `+++\ntitle = "Role ${index}"\ndate = 2026-01-${String((index % 28) + 1).padStart(2, '0')}\nweight = ${index}\n+++\n\nWe are hiring for role ${index}.${extra}\n${'Responsibilities and requirements. '.repeat(60)}\n`;

function makeSite(count) {
  const root = mkdtempSync(join(tmpdir(), 'posting-desk-bench-watch-'));
  const section = join(root, 'content', 'careers');
  mkdirSync(section, { recursive: true });
  writeFileSync(join(root, 'hugo.toml'), 'title = "Bench"\n');
  for (let index = 0; index < count; index += 1) writeFileSync(join(section, `role-${index}.md`), posting(index));
  return { root, section };
}

/** ms from the disk change to the first raw fs.watch event on the folder. */
async function rawEventMs(section, change) {
  return new Promise((resolve) => {
    let started = 0;
    const watcher = watch(section, () => {
      watcher.close();
      resolve(performance.now() - started);
    });
    setTimeout(() => {
      started = performance.now();
      change();
    }, 20);
  });
}

async function measure(count) {
  const { root, section } = makeSite(count);
  const waiting = [];
  const startedAt = performance.now();
  const watcher = watchPostings({ root, sectionDir: section, onChanges: (changes) => waiting.shift()?.(changes) });
  await watcher.ready;
  const readyMs = performance.now() - startedAt;
  const next = () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no change reported within 5 s on ${count} postings`)), 5_000);
      waiting.push((changes) => {
        clearTimeout(timer);
        resolve(changes);
      });
    });
  const rows = [];
  const kinds = {
    changed: (round) => () => writeFileSync(join(section, 'role-1.md'), posting(1, ` Round ${round}.`)),
    added: (round) => () => writeFileSync(join(section, `new-${round}.md`), posting(10_000 + round)),
    renamed: (round) => () => renameSync(join(section, `new-${round}.md`), join(section, `moved-${round}.md`)),
    deleted: (round) => () => rmSync(join(section, `moved-${round}.md`)),
  };
  const results = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, []]));
  const raw = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [kind, make] of Object.entries(kinds)) {
      const reported = next();
      const started = performance.now();
      make(round)();
      const changes = await reported;
      if (changes[0]?.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(changes)}`);
      results[kind].push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The watcher reports this write too; wait for it so it is not taken for the next one.
    const alsoReported = next();
    raw.push(await rawEventMs(section, () => writeFileSync(join(section, 'role-2.md'), posting(2, ` Raw ${round}.`))));
    await alsoReported;
  }
  await watcher.close();
  rmSync(root, { recursive: true, force: true });
  for (const kind of Object.keys(kinds)) rows.push({ count, kind, ms: median(results[kind]), max: Math.max(...results[kind]) });
  return { rows, raw: median(raw), readyMs };
}

const lines = ['| postings | change | reported after (median ms) | slowest (ms) | raw fs.watch event (median ms) | watcher start (ms) |', '| ---: | --- | ---: | ---: | ---: | ---: |'];
for (const count of [34, 5_000]) {
  process.stderr.write(`bench/watch: ${count} postings...\n`);
  const { rows, raw, readyMs } = await measure(count);
  for (const row of rows) lines.push(`| ${row.count} | ${row.kind} | ${row.ms.toFixed(0)} | ${row.max.toFixed(0)} | ${raw.toFixed(1)} | ${readyMs.toFixed(0)} |`);
}
console.log(lines.join('\n'));
console.log(`\nTarget: every change reported within 1,000 ms. ${ROUNDS} rounds each; "deleted" includes the ${250} ms in which a removed file may reappear under another name (a rename).`);
