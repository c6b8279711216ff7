import type { PostingSummary } from '../../../postings/api/api.js';

export interface PostingFilter {
  search: string;
  drafts: boolean;
  expired: boolean;
  withWarnings: boolean;
}

export const NO_FILTER: PostingFilter = { search: '', drafts: false, expired: false, withWarnings: false };

/** The postings the list shows, in the order given (Hugo's): every ticked filter must hold. */
export function filterPostings(postings: readonly PostingSummary[], filter: PostingFilter): PostingSummary[] {
  const words = filter.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return postings.filter((posting) => {
    if (filter.drafts && !posting.draft) return false;
    if (filter.expired && posting.status !== 'expired') return false;
    if (filter.withWarnings && (posting.warningCount ?? 0) + (posting.errorCount ?? 0) === 0) return false;
    const haystack = `${posting.title ?? ''} ${posting.path}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The badge a posting carries in the list, in words for HR staff. */
export function statusLabel(posting: PostingSummary): string | undefined {
  switch (posting.status) {
    case 'draft':
      return 'Draft';
    case 'scheduled':
      return 'Scheduled';
    case 'expired':
      return 'Expired';
    default:
      return posting.draft ? 'Draft' : undefined;
  }
}

/** A date as written in the file, shown as a calendar date ("2026-04-10T10:00:00Z" → "10 Apr 2026"). */
export function displayDate(written: string | undefined, locale?: string): string | undefined {
  if (!written) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(written);
  if (!match) return written;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
