/**
 * Saves run one after another, each based on the version the one before it
 * wrote: two quick changes of details never race into a false conflict.
 */
export class SaveQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every save asked for so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
