import type { BrowserWindow } from 'electron';
import type { PostingDeskApi } from '../../postings/api/api.js';

/** What the registry uses of a window. */
export type RegistryWindow = Pick<BrowserWindow, 'focus' | 'isMinimized' | 'restore' | 'show'> & { readonly webContents: { readonly id: number } };

interface Entry<W> {
  root: string;
  window: W;
  api: PostingDeskApi;
}

/**
 * One window per repository: opening a repository that has a window focuses
 * it. IPC calls find their repository's API through the sending page's
 * webContents; a page not listed here gets none.
 */
export class RepositoryWindows<W extends RegistryWindow> {
  private readonly byRoot = new Map<string, Entry<W>>();
  private readonly byContents = new Map<number, Entry<W>>();

  /** The window of a repository, brought to the front, or undefined when it has none. */
  focus(root: string): W | undefined {
    const entry = this.byRoot.get(root);
    if (entry === undefined) return undefined;
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.show();
    entry.window.focus();
    return entry.window;
  }

  /** Brings the most recently opened window to the front (a second launch without a repository). */
  focusLatest(): W | undefined {
    const latest = [...this.byRoot.keys()].pop();
    return latest === undefined ? undefined : this.focus(latest);
  }

  add(root: string, window: W, api: PostingDeskApi): void {
    if (this.byRoot.has(root)) throw new Error(`${root} already has a window`);
    const entry = { root, window, api };
    this.byRoot.set(root, entry);
    this.byContents.set(window.webContents.id, entry);
  }

  remove(window: W): void {
    for (const [id, entry] of this.byContents) {
      if (entry.window !== window) continue;
      this.byContents.delete(id);
      this.byRoot.delete(entry.root);
    }
  }

  apiFor(webContentsId: number): PostingDeskApi | undefined {
    return this.byContents.get(webContentsId)?.api;
  }

  rootOf(window: W): string | undefined {
    return [...this.byRoot.values()].find((entry) => entry.window === window)?.root;
  }

  get size(): number {
    return this.byRoot.size;
  }
}
