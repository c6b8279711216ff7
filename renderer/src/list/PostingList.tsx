import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { PostingSummary } from '../../../postings/api/api.js';
import { useServices } from '../app/services.js';
import { useStore } from '../app/use-store.js';
import { displayDate, filterPostings, NO_FILTER, statusLabel, type PostingFilter } from './filter-postings.js';

export interface PostingListProps {
  onOpen(path: string): void;
  onNew(): void;
  /** Extra marks after a posting's status (the git badge of renderer/files/). */
  renderBadge?(path: string): ReactNode;
}

/** The postings of the repository, in Hugo's order, with search and filters. */
export function PostingList({ onOpen, onNew, renderBadge }: PostingListProps) {
  const services = useServices();
  const postings = useStore(services.postings, useCallback((state: PostingSummary[] | undefined) => state, []));
  const repository = useStore(services.repository, useCallback((state) => state, []));
  const openPath = useStore(services.session, useCallback((state) => state.posting?.path, []));
  const [filter, setFilter] = useState<PostingFilter>(NO_FILTER);
  const shown = useMemo(() => filterPostings(postings ?? [], filter), [postings, filter]);
  const toggle = (key: 'drafts' | 'expired' | 'withWarnings') => setFilter((current) => ({ ...current, [key]: !current[key] }));
  const locale = repository?.languageCode;

  return (
    <aside className="pd-sidebar" aria-label="Repository">
      <div className="pd-sidebar-head">
        <p className="pd-repository-name" title={repository?.root}>
          {repository?.name ?? 'Opening…'}
        </p>
        <button type="button" className="pd-button pd-button-primary" onClick={onNew}>
          New posting
        </button>
      </div>
      <div className="pd-search">
        <input type="search" aria-label="Search postings" placeholder="Search postings" value={filter.search} onChange={(event) => setFilter({ ...filter, search: event.target.value })} />
        <div className="pd-filters" role="group" aria-label="Show only">
          <FilterToggle label="Drafts" pressed={filter.drafts} onToggle={() => toggle('drafts')} />
          <FilterToggle label="Expired" pressed={filter.expired} onToggle={() => toggle('expired')} />
          <FilterToggle label="With warnings" pressed={filter.withWarnings} onToggle={() => toggle('withWarnings')} />
        </div>
      </div>
      <h2 className="pd-pane-title" id="postings-heading">
        Postings {postings && <span className="pd-count">{shown.length === postings.length ? postings.length : `${shown.length} of ${postings.length}`}</span>}
      </h2>
      {postings === undefined && <p className="pd-calm-note">Reading the postings…</p>}
      {postings?.length === 0 && <p className="pd-calm-note">No postings yet. Start one with “New posting”.</p>}
      {postings && postings.length > 0 && shown.length === 0 && <p className="pd-calm-note">No posting matches. Clear the search or the filters to see them all.</p>}
      <ul className="pd-posting-list" aria-label="Postings">
        {shown.map((posting) => (
          <li key={posting.path}>
            <button
              type="button"
              className="pd-posting"
              aria-current={posting.path === openPath ? 'true' : undefined}
              onClick={() => onOpen(posting.path)}
              title={posting.problem ?? posting.path}
            >
              <span className="pd-posting-title">{posting.title || fileName(posting.path)}</span>
              <span className="pd-posting-meta">
                {statusLabel(posting) && <span className={`pd-badge pd-badge-${posting.status}`}>{statusLabel(posting)}</span>}
                {displayDate(posting.date, locale) && <span className="pd-posting-date">{displayDate(posting.date, locale)}</span>}
                <WarningCount posting={posting} />
                {renderBadge?.(posting.path)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function FilterToggle({ label, pressed, onToggle }: { label: string; pressed: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="pd-chip" aria-pressed={pressed} onClick={onToggle}>
      {label}
    </button>
  );
}

function WarningCount({ posting }: { posting: PostingSummary }) {
  const count = (posting.warningCount ?? 0) + (posting.errorCount ?? 0);
  if (count === 0) return null;
  return (
    <span className={`pd-warning-count ${(posting.errorCount ?? 0) > 0 ? 'pd-has-errors' : ''}`}>
      {count} {count === 1 ? 'warning' : 'warnings'}
    </span>
  );
}

function fileName(path: string): string {
  return path.split('/').filter(Boolean).slice(-2).join('/');
}
