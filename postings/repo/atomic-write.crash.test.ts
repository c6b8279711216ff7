import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtModule } from '../test-support/cli.js';
import { CAREERS_CRUNCH, makeTempFolder, removeTempFolders } from '../test-support/temp-site.js';
import { isTemporaryFileOf, STALE_TEMPORARY_MS, writeFileAtomic } from './atomic-write.js';
import { findPostingFiles } from './list-postings.js';

/**
 * Crash safety: a child process saves a posting in a loop, alternating
 * between a 200 KB and a 5 KB version (so a truncated or half-written file
 * would show), and is killed with SIGKILL at a random moment, hundreds of
 * times. After every kill the file must be exactly one of the two versions.
 *
 * The child runs the built writeFileAtomic, the one save path everything
 * uses (savePosting adds the conflict check in front of it). Several lanes
 * run side by side, each on its own folder, to fit hundreds of process
 * start-ups into a short run on a busy machine.
 */

const TARGET_KILLS = 300;
const MINIMUM_KILLS = 200;
const TIME_BUDGET_MS = 120_000;
const LANES = 3;

const SAVER = `
import { readFileSync } from 'node:fs';
const { writeFileAtomic } = await import(process.argv[2]);
const [file, first, second] = process.argv.slice(3);
const versions = [readFileSync(first), readFileSync(second)];
let saves = 0;
for (;;) {
  const current = readFileSync(file);
  await writeFileAtomic(file, current.equals(versions[0]) ? versions[1] : versions[0]);
  saves += 1;
  if (saves === 1) process.stdout.write('saving\\n');
}
`;

function versions(): [Buffer, Buffer] {
  const big = readFileSync(join(CAREERS_CRUNCH, 'content', 'jobs', 'senior-software-engineer-python-data-platform.md'), 'utf8');
  let padded = big;
  for (let index = 1; Buffer.byteLength(padded) < 200 * 1024; index += 1) padded += `\n\nParagraph ${index}: ${big.slice(big.indexOf('+++', 3) + 4, 2000)}`;
  const small = readFileSync(join(CAREERS_CRUNCH, 'content', 'jobs', 'account-executive.md'));
  return [Buffer.from(padded), small.subarray(0, Math.min(small.length, 5 * 1024))];
}

interface LaneResult {
  kills: number;
  oldOrNew: { first: number; second: number };
  /** Kills that landed between creating the temporary file and renaming it. */
  killedMidSave: number;
  problems: string[];
}

function temporaryFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => isTemporaryFileOf(name, 'posting.md'));
}

async function killOnce(saver: string, module: string, folder: string): Promise<void> {
  const child = spawn(process.execPath, [saver, module, join(folder, 'posting.md'), join(folder, '..', 'first.md'), join(folder, '..', 'second.md')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = await Promise.race([
    new Promise<boolean>((resolve) => child.stdout.once('data', () => resolve(true))),
    exited.then(() => false),
  ]);
  if (!started) throw new Error(`the saver exited before saving: ${stderr}`);
  // A random moment inside the loop: 200 KB saves take a few milliseconds each.
  const delay = Math.random() < 0.1 ? 0 : Math.random() * 40;
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGKILL');
  await exited;
}

async function runLane(saver: string, module: string, folder: string, kills: number, deadline: number, [first, second]: [Buffer, Buffer]): Promise<LaneResult> {
  const result: LaneResult = { kills: 0, oldOrNew: { first: 0, second: 0 }, killedMidSave: 0, problems: [] };
  while (result.kills < kills && Date.now() < deadline) {
    const temporariesBefore = temporaryFiles(folder).length;
    await killOnce(saver, module, folder);
    result.kills += 1;
    const now = readFileSync(join(folder, 'posting.md'));
    if (now.equals(first)) result.oldOrNew.first += 1;
    else if (now.equals(second)) result.oldOrNew.second += 1;
    else result.problems.push(`kill ${result.kills}: the file is neither version (${now.length} bytes)`);
    const added = temporaryFiles(folder).length - temporariesBefore;
    if (added > 1) result.problems.push(`kill ${result.kills}: ${added} temporary files left by one kill`);
    if (added === 1) result.killedMidSave += 1;
  }
  return result;
}

afterAll(removeTempFolders);

describe('crash safety of saving', () => {
  it('a save killed with SIGKILL at random moments always leaves exactly the old or the new version', async () => {
    const module = pathToFileURL(builtModule('postings/repo/atomic-write.js')).href;
    const root = makeTempFolder('posting-desk-crash-');
    const saver = join(root, 'saver.mjs');
    writeFileSync(saver, SAVER);
    const pair = versions();
    expect(pair[0].length).toBeGreaterThanOrEqual(200 * 1024);
    expect(pair[1].length).toBeLessThanOrEqual(5 * 1024);
    const lanes = Array.from({ length: LANES }, (_, index) => {
      const lane = join(root, `lane-${index}`);
      const folder = join(lane, 'careers');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(lane, 'first.md'), pair[0]);
      writeFileSync(join(lane, 'second.md'), pair[1]);
      writeFileSync(join(folder, 'posting.md'), pair[index % 2] as Buffer);
      return folder;
    });

    const deadline = Date.now() + TIME_BUDGET_MS;
    const results = await Promise.all(lanes.map((folder) => runLane(saver, module, folder, Math.ceil(TARGET_KILLS / LANES), deadline, pair)));

    const total = results.reduce(
      (sum, lane) => ({
        kills: sum.kills + lane.kills,
        first: sum.first + lane.oldOrNew.first,
        second: sum.second + lane.oldOrNew.second,
        killedMidSave: sum.killedMidSave + lane.killedMidSave,
      }),
      { kills: 0, first: 0, second: 0, killedMidSave: 0 },
    );
    console.info(
      `crash safety: ${total.kills} SIGKILLs; afterwards the file was the 200 KB version ${total.first} times and the 5 KB version ${total.second} times; ` +
        `${total.killedMidSave} kills landed mid-save (a temporary file was left)`,
    );
    expect(results.flatMap((lane) => lane.problems)).toEqual([]);
    expect(total.kills).toBeGreaterThanOrEqual(MINIMUM_KILLS);
    // The kills really did land at different points of the loop, mid-save included.
    expect(total.first).toBeGreaterThan(0);
    expect(total.second).toBeGreaterThan(0);
    expect(total.killedMidSave).toBeGreaterThan(0);

    for (const folder of lanes) {
      // Leftovers are dot files, so neither Hugo nor the posting list sees them...
      expect(findPostingFiles(folder)).toEqual([join(folder, 'posting.md')]);
      // ...and the next save of the same file clears those old enough not to belong to a running save.
      const leftovers = temporaryFiles(folder);
      const old = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
      for (const name of leftovers) utimesSync(join(folder, name), old, old);
      await writeFileAtomic(join(folder, 'posting.md'), pair[1]);
      expect(temporaryFiles(folder)).toEqual([]);
      expect(readFileSync(join(folder, 'posting.md'))).toEqual(pair[1]);
    }
  }, TIME_BUDGET_MS + 60_000);
});
