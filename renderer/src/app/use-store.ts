import { useCallback, useSyncExternalStore } from 'react';
import type { Store } from '../session/store.js';

/** A slice of a store: the component renders again only when the slice changes. */
export function useStore<T, S>(store: Store<T>, select: (state: T) => S): S {
  const snapshot = useCallback(() => select(store.get()), [store, select]);
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
