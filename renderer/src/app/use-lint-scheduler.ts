import { useEffect } from 'react';
import { useServices } from './services.js';

/** A pause in typing this long sends the text to the lint worker. */
const PAUSE_MS = 200;

/** Lints the open posting whenever its text or details change, after a short pause, never on the typing path. */
export function useLintScheduler(): void {
  const { session, lint } = useServices();
  useEffect(() => {
    let last: string | undefined;
    let lastPath: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      const posting = session.get().posting;
      if (!posting) {
        last = undefined;
        lastPath = undefined;
        lint.clear();
        return;
      }
      const text = posting.editable.head + posting.body;
      if (text === last && posting.path === lastPath) return;
      const opened = posting.path !== lastPath;
      last = text;
      lastPath = posting.path;
      if (timer) clearTimeout(timer);
      if (opened) lint.lint(text, posting.path);
      else timer = setTimeout(() => lint.lint(text, posting.path), PAUSE_MS);
    };
    onChange();
    const unsubscribe = session.subscribe(onChange);
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [session, lint]);
}
