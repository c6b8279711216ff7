import { listPostings as listSummaries, type PostingSummary as FileSummary } from '../repo/list-postings.js';
import type { Repository } from '../repo/repository.js';
import type { PostingStatus, PostingSummary } from './api.js';
import type { Counts } from './warning-counts.js';

/** The list's rows in Hugo's order, with their status on the given day and the lint counts known so far. */
export function postingSummaries(repository: Repository, now: Date, countsOf?: (paths: string[]) => Promise<Map<string, Counts | null>>): Promise<PostingSummary[]> {
  const files = listSummaries(repository);
  return withCounts(files, now, countsOf);
}

async function withCounts(files: FileSummary[], now: Date, countsOf?: (paths: string[]) => Promise<Map<string, Counts | null>>): Promise<PostingSummary[]> {
  const counts = countsOf ? await countsOf(files.filter((file) => file.error === undefined).map((file) => file.path)) : new Map<string, Counts | null>();
  return files.map((file): PostingSummary => {
    const { error, ...details } = file;
    const counted = counts.get(file.path) ?? null;
    return {
      ...details,
      status: statusOf(file, now),
      // An unreadable file is one error: the list must not show it as clean.
      warningCount: error === undefined ? (counted?.warnings ?? null) : 0,
      errorCount: error === undefined ? (counted?.errors ?? null) : 1,
      editable: error === undefined && file.format === 'toml',
      ...(error === undefined ? {} : { problem: error }),
    };
  });
}

/** As Hugo decides what a build publishes: drafts, then a publish date (or date) ahead, then an expiry date behind. */
export function statusOf(file: Pick<FileSummary, 'draft' | 'date' | 'publishDate' | 'expiryDate'>, now: Date): PostingStatus {
  if (file.draft === true) return 'draft';
  const publish = moment(file.publishDate ?? file.date);
  if (publish !== undefined && publish > now.getTime()) return 'scheduled';
  const expiry = moment(file.expiryDate);
  if (expiry !== undefined && expiry <= now.getTime()) return 'expired';
  return 'published';
}

/** A date as written; one without an offset is UTC, as Hugo reads it when the site sets no timeZone. */
function moment(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const iso = text.replace(' ', 'T');
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}T[^Zz+-]*$/.test(iso) ? `${iso}Z` : iso);
  return Number.isNaN(time) ? undefined : time;
}
