export interface Match {
  start: number;
  end: number;
}

/** Every place `query` occurs in `text`, ignoring case; none for an empty query. */
export function findAll(text: string, query: string): Match[] {
  if (query === '') return [];
  const haystack = text.toLowerCase();
  const needle = query.toLowerCase();
  const matches: Match[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    matches.push({ start: at, end: at + needle.length });
  }
  return matches;
}

/** The index of the match after (or before) `current`, wrapping round; -1 when there is none. */
export function stepMatch(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
