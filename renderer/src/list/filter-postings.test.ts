import { describe, expect, it } from 'vitest';
import type { PostingSummary } from '../../../postings/api/api.js';
import { displayDate, filterPostings, NO_FILTER, statusLabel } from './filter-postings.js';

const posting = (path: string, overrides: Partial<PostingSummary> = {}): PostingSummary => ({
  path, title: path, draft: false, status: 'published', warningCount: 0, errorCount: 0, editable: true, ...overrides,
});

const postings = [
  posting('careers/baker.md', { title: 'Head Baker', warningCount: 2 }),
  posting('careers/driver.md', { title: 'Delivery Driver', draft: true, status: 'draft' }),
  posting('careers/old.md', { title: 'Old Role', status: 'expired', errorCount: 1 }),
];

describe('filtering the list of postings', () => {
  it('keeps the given order when nothing is filtered', () => {
    expect(filterPostings(postings, NO_FILTER).map((p) => p.path)).toEqual(postings.map((p) => p.path));
  });
  it('searches titles and file names, every word, ignoring case', () => {
    expect(filterPostings(postings, { ...NO_FILTER, search: 'head BAKER' }).map((p) => p.title)).toEqual(['Head Baker']);
    expect(filterPostings(postings, { ...NO_FILTER, search: 'driver.md' }).map((p) => p.title)).toEqual(['Delivery Driver']);
  });
  it('shows drafts, expired postings or postings with warnings', () => {
    expect(filterPostings(postings, { ...NO_FILTER, drafts: true }).map((p) => p.title)).toEqual(['Delivery Driver']);
    expect(filterPostings(postings, { ...NO_FILTER, expired: true }).map((p) => p.title)).toEqual(['Old Role']);
    expect(filterPostings(postings, { ...NO_FILTER, withWarnings: true }).map((p) => p.title)).toEqual(['Head Baker', 'Old Role']);
  });
  it('names the status in words', () => {
    expect(statusLabel(postings[1]!)).toBe('Draft');
    expect(statusLabel(postings[0]!)).toBeUndefined();
  });
  it('shows the calendar date of a written date', () => {
    expect(displayDate('2026-04-10T10:00:00Z', 'en-GB')).toBe('10 Apr 2026');
    expect(displayDate(undefined)).toBeUndefined();
  });
});
