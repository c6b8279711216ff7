import { randomBytes } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { encodePosting } from '../../file/decode.js';
import { PostingError } from '../../file/posting-error.js';
import { hashBytes } from '../../repo/version.js';
import { discardChanges } from '../../repo/git/discard.js';
import { readGitStatus } from '../../repo/git/status.js';
import { resolveInRepository } from '../../repo/path-guard.js';
import { recoveryFolderFor } from '../../repo/recovery/data-folder.js';
import { DeletedCopies } from '../../repo/recovery/deleted-copies.js';
import { RecoveryStore, type RecoveryEntry } from '../../repo/recovery/recovery-store.js';
import { openRepository } from '../../repo/repository.js';
import { ChangeFeed } from '../../repo/watch/change-feed.js';
import { watchPostings, type PostingWatcher } from '../../repo/watch/posting-watcher.js';
import type { HostServices } from '../api.js';
import { HostUnavailable } from '../errors.js';
import { operation } from '../operation.js';
import type { FilesOverTimeApi, RecoveryEntryView } from './api.js';

export interface FilesOverTimeHandlers extends FilesOverTimeApi {
  /** Stops watching the disk; the host calls it when it shuts down. */
  close(): Promise<void>;
}

/**
 * The files-over-time operations for one repository. Crash recovery and Undo
 * for delete need host.dataFolder (outside the repository); without it they
 * answer "unavailable". The watcher starts with the first pollChanges.
 */
export function createFilesOverTimeHandlers(root: string, host: HostServices): FilesOverTimeHandlers {
  const store = host.dataFolder === undefined ? undefined : new RecoveryStore(recoveryFolderFor(host.dataFolder, root));
  const copies = host.dataFolder === undefined ? undefined : deletedCopiesFor(root, host.dataFolder);
  const now = (): Date => host.now?.() ?? new Date();
  let watching: Promise<{ feed: ChangeFeed; watcher: PostingWatcher }> | undefined;

  const startWatching = (): Promise<{ feed: ChangeFeed; watcher: PostingWatcher }> => {
    watching ??= (async () => {
      const repository = openRepository(root);
      const feed = new ChangeFeed(randomBytes(8).toString('hex'));
      const watcher = watchPostings({ root: repository.root, sectionDir: repository.sectionDir, onChanges: (changes) => feed.push(changes) });
      await watcher.ready;
      return { feed, watcher };
    })();
    watching.catch(() => {
      watching = undefined;
    });
    return watching;
  };

  const needStore = (): RecoveryStore => {
    if (!store) throw new HostUnavailable('This host keeps no recovery data (no user data folder was given)');
    return store;
  };

  const view = async (entry: RecoveryEntry): Promise<RecoveryEntryView | undefined> => {
    const bytes = await readFile(resolveInRepository(root, entry.path)).catch(() => undefined);
    // Saved since (or typed back to what is on disk): nothing left to recover.
    if (bytes && Buffer.compare(Buffer.from(encodePosting(entry.text)), bytes) === 0) {
      await store?.discard(entry.path);
      return undefined;
    }
    return { ...entry, diskVersion: bytes ? hashBytes(bytes) : null };
  };

  return {
    pollChanges: operation('pollChanges', async ({ since, epoch, waitMs }) => {
      const { feed } = await startWatching();
      if (epoch !== undefined && epoch !== feed.epoch) return { epoch: feed.epoch, sequence: feed.sequence, changes: [], missed: true };
      const answer = await feed.wait(since ?? feed.sequence, waitMs ?? 0);
      return { epoch: feed.epoch, ...answer };
    }),
    listRecovery: operation('listRecovery', async () => {
      const views = await Promise.all((await needStore().list()).map(view));
      return views.filter((entry): entry is RecoveryEntryView => entry !== undefined);
    }),
    readRecovery: operation('readRecovery', async ({ path }) => {
      resolveInRepository(root, path);
      const entry = await needStore().read(path);
      return (entry && (await view(entry))) ?? null;
    }),
    writeRecovery: operation('writeRecovery', async ({ path, text, baseVersion }) => {
      resolveInRepository(root, path);
      const savedAt = now().toISOString();
      await needStore().write({ path, text, baseVersion, savedAt });
      return { savedAt };
    }),
    discardRecovery: operation('discardRecovery', async ({ path }) => {
      const existed = (await needStore().read(path)) !== undefined;
      await needStore().discard(path);
      return { discarded: existed };
    }),
    gitStatus: operation('gitStatus', async () => {
      const repository = openRepository(root);
      return readGitStatus(repository.root, relative(repository.root, repository.sectionDir).split(sep).join('/'));
    }),
    discardChanges: operation('discardChanges', async ({ path, baseVersion }) => ({ path, ...(await discardChanges(root, path, baseVersion)) })),
    undoDelete: operation('undoDelete', async ({ undoToken }) => {
      if (!copies) throw new HostUnavailable('This host keeps no copies of deleted postings, so a delete cannot be undone here');
      return copies.restore(undoToken);
    }),
    async close() {
      const running = watching;
      watching = undefined;
      await running?.then(
        ({ feed, watcher }) => {
          feed.close();
          return watcher.close();
        },
        () => undefined,
      );
    },
  };
}

/**
 * The host's trash, keeping a copy first so the delete can be undone: the
 * system trash itself cannot always give a file back (Electron's
 * shell.trashItem never can). Without a data folder the host is unchanged.
 */
export function withUndoableTrash(root: string, host: HostServices): HostServices {
  if (host.dataFolder === undefined) return host;
  const copies = deletedCopiesFor(root, host.dataFolder);
  return {
    ...host,
    async trash(absolutePath) {
      const token = await copies.keep(await repositoryPath(root, absolutePath));
      try {
        await host.trash(absolutePath);
      } catch (error) {
        await copies.forget(token);
        throw error;
      }
      return { undoToken: token };
    },
  };
}

function deletedCopiesFor(root: string, dataFolder: string): DeletedCopies {
  return new DeletedCopies(join(recoveryFolderFor(dataFolder, root), 'deleted'), root);
}

/** The repository-relative path of an absolute one, whether it was built from the root as given or as resolved. */
async function repositoryPath(root: string, absolutePath: string): Promise<string> {
  for (const base of [root, await realpath(root)]) {
    const path = relative(base, absolutePath);
    if (path !== '' && !path.startsWith('..') && !isAbsolute(path)) return path.split(sep).join('/');
  }
  throw new PostingError('outside-repository', `${absolutePath} is outside the repository`);
}
