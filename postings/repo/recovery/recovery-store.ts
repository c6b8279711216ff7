import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PostingError } from '../../file/posting-error.js';
import { writeFileAtomic } from '../atomic-write.js';

/** Unsaved edits of one posting, kept outside the repository until saved or discarded. */
export interface RecoveryEntry {
  /** Repository-relative path of the posting. */
  path: string;
  /** The whole unsaved text. */
  text: string;
  /** The version (sha-256 hex) on disk when the edits began: tells whether the file changed since. */
  baseVersion: string;
  /** When the text was written here, ISO 8601 UTC. */
  savedAt: string;
}

/** Large enough for any posting; a bigger text is a mistake, not an edit. */
export const MAX_RECOVERY_TEXT = 8 * 1024 * 1024;

/**
 * Crash recovery for unsaved edits: one small JSON file per posting in a
 * folder of the user's data area, each written atomically, so a kill at any
 * moment leaves the previous or the new entry, never half of one.
 */
export class RecoveryStore {
  /** Writes of one posting run one after another, so an older text never lands over a newer one. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(readonly folder: string) {}

  async write(entry: RecoveryEntry): Promise<void> {
    if (entry.text.length > MAX_RECOVERY_TEXT) throw new PostingError('invalid-edit', `The text is longer than ${MAX_RECOVERY_TEXT} characters`);
    const bytes = Buffer.from(JSON.stringify(entry));
    await this.queue(entry.path, async () => {
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      await writeFileAtomic(this.fileOf(entry.path), bytes);
    });
  }

  async read(path: string): Promise<RecoveryEntry | undefined> {
    await this.queues.get(path);
    return readEntry(this.fileOf(path), path);
  }

  /** Every entry, newest first. Unreadable files are skipped: one bad entry must not hide the others. */
  async list(): Promise<RecoveryEntry[]> {
    await Promise.all(this.queues.values());
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const entries = await Promise.all(names.filter((name) => /^[0-9a-f]{40}\.json$/.test(name)).map((name) => readEntry(join(this.folder, name))));
    return entries.filter((entry): entry is RecoveryEntry => entry !== undefined).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async discard(path: string): Promise<void> {
    await this.queue(path, () => rm(this.fileOf(path), { force: true }));
  }

  private fileOf(path: string): string {
    return join(this.folder, `${createHash('sha256').update(path).digest('hex').slice(0, 40)}.json`);
  }

  private queue(path: string, task: () => Promise<void>): Promise<void> {
    const run = (this.queues.get(path) ?? Promise.resolve()).catch(() => undefined).then(task);
    this.queues.set(path, run);
    const forget = (): void => {
      if (this.queues.get(path) === run) this.queues.delete(path);
    };
    run.then(forget, forget);
    return run;
  }
}

async function readEntry(file: string, expectedPath?: string): Promise<RecoveryEntry | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isEntry(value)) return undefined;
  if (expectedPath !== undefined && value.path !== expectedPath) return undefined;
  return { path: value.path, text: value.text, baseVersion: value.baseVersion, savedAt: value.savedAt };
}

function isEntry(value: unknown): value is RecoveryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.path === 'string' && typeof entry.text === 'string' && typeof entry.baseVersion === 'string' && typeof entry.savedAt === 'string';
}
