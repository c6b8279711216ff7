import type { FrontMatterValue } from '../../types.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-](\d{2}):?(\d{2}))?)?$/;

/** A date Hugo can read, as milliseconds since the epoch (local dates as UTC), or undefined. */
export function dateValue(value: FrontMatterValue): number | undefined {
  if (value.type === 'datetime') return value.kind === 'local-time' ? undefined : dateText(value.text);
  if (value.type === 'string') return dateText(value.value.trim());
  return undefined;
}

function dateText(text: string): number | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour = '0', minute = '0', second = '0', offsetHour = '0', offsetMinute = '0'] = match.slice(1).map((part) => part ?? undefined) as string[];
  const numbers = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second) };
  const daysInMonth = new Date(Date.UTC(numbers.year, numbers.month, 0)).getUTCDate();
  if (numbers.month < 1 || numbers.month > 12 || numbers.day < 1 || numbers.day > daysInMonth) return undefined;
  if (numbers.hour > 23 || numbers.minute > 59 || numbers.second > 60 || Number(offsetHour) > 23 || Number(offsetMinute) > 59) return undefined;
  const parsed = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : /[Zz]|[+-]\d{2}:?\d{2}$/.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** The publish date Hugo uses: publishDate, else date. */
export const PUBLISH_KEYS = ['publishDate', 'publishdate', 'pubdate', 'published', 'date'];
export const EXPIRY_KEYS = ['expiryDate', 'expirydate', 'unpublishdate'];
export const DATE_KEYS = ['date', 'publishDate', 'publishdate', 'pubdate', 'published', 'expiryDate', 'expirydate', 'unpublishdate', 'lastmod', 'modified'];
