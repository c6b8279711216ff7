import type { ApiError, PostingDeskApi } from '../../../postings/api/api.js';
import { Store } from '../session/store.js';
import type { LintOutcome, LintRequest, LintResponse } from './lint-protocol.js';

export interface LintState {
  /** The latest warnings; they may be for a slightly older text while the user types. */
  outcome?: LintOutcome;
  /** The path the outcome is for. */
  path?: string;
  status: 'loading' | 'ready' | 'failed';
  problem?: string;
}

/**
 * The window's side of the lint worker. Only the latest text matters: while
 * one lint runs, newer texts wait and only the newest of them is linted next,
 * so a slow lint never queues up behind typing.
 */
export class LintClient extends Store<LintState> {
  private worker: Worker | undefined;
  private nextId = 1;
  private running: { id: number; text: string; path: string | undefined } | undefined;
  private waiting: { text: string; path: string | undefined } | undefined;
  private ready = false;

  constructor(private readonly api: Pick<PostingDeskApi, 'getLintSetup'>) {
    super({ status: 'loading' });
  }

  /** Loads the dictionaries into the worker: called once the first screen is up. */
  async start(): Promise<ApiError | undefined> {
    if (this.worker) return undefined;
    this.worker = new Worker(new URL('./lint-worker.ts', import.meta.url), { type: 'module', name: 'Posting Desk warnings' });
    this.worker.onmessage = (event: MessageEvent<LintResponse>) => this.receive(event.data);
    this.worker.onerror = () => this.set({ ...this.get(), status: 'failed', problem: 'Warnings could not be checked in this window.' });
    const setup = await this.api.getLintSetup();
    if (!setup.ok) {
      this.set({ ...this.get(), status: 'failed', problem: setup.error.message });
      return setup.error;
    }
    this.post({ type: 'setup', setup: setup.value });
    return undefined;
  }

  lint(text: string, path: string | undefined): void {
    this.waiting = { text, path };
    this.pump();
  }

  /** The repository's word list changed (a word was added): spell with it from now on. */
  setWords(words: string[]): void {
    this.post({ type: 'words', words });
  }

  /** Forget the warnings of a posting that was closed. */
  clear(): void {
    this.waiting = undefined;
    this.set({ status: this.get().status, ...(this.get().problem ? { problem: this.get().problem } : {}) });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (!this.ready || this.running || !this.waiting) return;
    const { text, path } = this.waiting;
    this.waiting = undefined;
    const id = this.nextId++;
    this.running = { id, text, path };
    this.post({ type: 'lint', id, text, ...(path === undefined ? {} : { path }) });
  }

  private receive(response: LintResponse): void {
    if (response.type === 'ready') {
      this.ready = true;
      this.set({ ...this.get(), status: 'ready' });
    } else if (response.type === 'result' && response.id === this.running?.id) {
      const path = this.running.path;
      this.running = undefined;
      this.set({ outcome: response.outcome, ...(path === undefined ? {} : { path }), status: 'ready' });
    } else if (response.type === 'grammar') {
      // Text waiting is linted with grammar anyway; else the latest one sent (running, or shown) is linted again.
      const { outcome, path } = this.get();
      const latest = this.running ?? (outcome ? { text: outcome.text, path } : undefined);
      if (!this.waiting && latest) this.waiting = { text: latest.text, path: latest.path };
    } else if (response.type === 'failed') {
      if (response.id === this.running?.id) this.running = undefined;
      this.set({ ...this.get(), problem: response.message });
    }
    this.pump();
  }

  private post(request: LintRequest): void {
    this.worker?.postMessage(request);
  }
}
