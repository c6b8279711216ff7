import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../app/services.js';
import { useStore } from '../app/use-store.js';
import type { SessionState } from '../session/posting-session.js';
import { findAll, stepMatch } from './find-text.js';

/**
 * Find in the posting text: each step selects the match in the text and
 * scrolls to it, then gives the keys back to the find field, so Enter steps
 * on instead of typing over the selection. Escape leaves the match selected.
 */
export function FindBar({ onClose }: { onClose(): void }) {
  const { editor, session } = useServices();
  const body = useStore(session, useCallback((state: SessionState) => state.posting?.body ?? '', []));
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  const field = useRef<HTMLInputElement>(null);
  const matches = findAll(body, query);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  const step = (direction: 1 | -1) => {
    const next = stepMatch(matches.length, current, direction);
    setCurrent(next);
    const match = matches[next];
    if (!match) return;
    editor.select(match.start, match.end);
    field.current?.focus();
  };

  const close = () => {
    const match = matches[current];
    onClose();
    if (match) editor.select(match.start, match.end);
    else editor.focus();
  };

  const status = query === '' ? '' : matches.length === 0 ? 'No match' : current < 0 ? `${matches.length} found` : `${current + 1} of ${matches.length}`;

  return (
    <div className="pd-find" role="search" aria-label="Find in the text">
      <input
        ref={field}
        type="search"
        aria-label="Find in the text"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(-1);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span className="pd-find-status" role="status">
        {status}
      </span>
      <button type="button" className="pd-button pd-button-small" onClick={() => step(-1)} disabled={matches.length === 0}>
        Previous
      </button>
      <button type="button" className="pd-button pd-button-small" onClick={() => step(1)} disabled={matches.length === 0}>
        Next
      </button>
      <button type="button" className="pd-button pd-button-small pd-button-quiet" onClick={close}>
        Close
      </button>
    </div>
  );
}
