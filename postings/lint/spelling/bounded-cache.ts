/**
 * A Map that forgets what has not been used for a while, past a size: enough
 * to make a warm re-lint free without letting a long editing session grow it
 * without end. Two generations instead of a strict LRU list: a hit in the
 * current generation costs one lookup; when it fills up, it becomes the old
 * generation and the previous old one is dropped, so an entry survives as
 * long as it keeps being used.
 */
export class BoundedCache<K, V> {
  #current = new Map<K, V>();
  #previous = new Map<K, V>();

  /** `limit`: entries per generation; at most twice that are kept. */
  constructor(readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.#current.get(key);
    if (value !== undefined) return value;
    const old = this.#previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.#current.size >= this.limit && !this.#current.has(key)) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
    this.#current.set(key, value);
  }

  get size(): number {
    let size = this.#current.size;
    for (const key of this.#previous.keys()) if (!this.#current.has(key)) size += 1;
    return size;
  }
}
