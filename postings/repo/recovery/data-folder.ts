import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';

/** One recovery folder per repository, named by a hash of its real path so two checkouts never mix. */
export function recoveryFolderFor(dataFolder: string, repositoryRoot: string): string {
  let real = repositoryRoot;
  try {
    real = realpathSync(repositoryRoot);
  } catch {
    // A root that cannot be resolved still gets a stable folder by its name.
  }
  return join(dataFolder, 'recovery', createHash('sha256').update(real).digest('hex').slice(0, 24));
}
