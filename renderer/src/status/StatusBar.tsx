import { useCallback } from 'react';
import { useServices } from '../app/services.js';
import { useStore } from '../app/use-store.js';
import { isDirty, type SessionState } from '../session/posting-session.js';
import type { LintState } from '../lint/lint-client.js';

const selectStats = (state: LintState) => state.outcome;

/** Word count, reading time and reading level, with what the posting's saving state is. */
export function StatusBar() {
  const services = useServices();
  const outcome = useStore(services.lint, selectStats);
  const path = useStore(services.session, useCallback((state: SessionState) => state.posting?.path, []));
  const lintPath = useStore(services.lint, useCallback((state: LintState) => state.path, []));
  const saveState = useStore(services.session, useCallback((state: SessionState) => (state.saving ? 'saving' : isDirty(state.posting) ? 'unsaved' : state.posting ? 'saved' : 'none'), []));
  const stats = outcome && lintPath === path ? outcome : undefined;
  return (
    <footer className="pd-status" aria-label="Status">
      <span role="status" className="pd-save-state">
        {saveState === 'saving' && 'Saving…'}
        {saveState === 'unsaved' && 'Unsaved changes'}
        {saveState === 'saved' && 'All changes saved'}
      </span>
      {stats && (
        <span className="pd-stats">
          <span>{stats.wordCount.toLocaleString()} words</span>
          <span>{stats.readingMinutes} min read</span>
          {stats.readingLevel && (
            <span title={`Reading ease ${stats.readingLevel.ease} of 100; school grade ${stats.readingLevel.grade}`}>Reading level: {stats.readingLevel.label}</span>
          )}
        </span>
      )}
    </footer>
  );
}
