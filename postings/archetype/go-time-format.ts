/** A moment with the offset it should be written in, as Go's time.Time carries one. */
export interface ZonedTime {
  /** Milliseconds since the epoch. */
  epoch: number;
  /** Minutes east of UTC. */
  offsetMinutes: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Go's reference-time layout tokens, longest first so "2006" wins over "2". */
const TOKENS: [string, (parts: Parts) => string][] = [
  ['January', (p) => MONTHS[p.month - 1] as string],
  ['Monday', (p) => DAYS[p.weekday] as string],
  ['Z07:00', (p) => (p.offset === 0 ? 'Z' : offset(p.offset, true))],
  ['-07:00', (p) => offset(p.offset, true)],
  ['-0700', (p) => offset(p.offset, false)],
  ['2006', (p) => pad(p.year, 4)],
  ['Jan', (p) => (MONTHS[p.month - 1] as string).slice(0, 3)],
  ['Mon', (p) => (DAYS[p.weekday] as string).slice(0, 3)],
  ['MST', (p) => (p.offset === 0 ? 'UTC' : offset(p.offset, false))],
  ['.000', (p) => `.${pad(p.millisecond, 3)}`],
  ['01', (p) => pad(p.month)],
  ['02', (p) => pad(p.day)],
  ['_2', (p) => String(p.day).padStart(2, ' ')],
  ['15', (p) => pad(p.hour)],
  ['03', (p) => pad(p.hour % 12 === 0 ? 12 : p.hour % 12)],
  ['04', (p) => pad(p.minute)],
  ['05', (p) => pad(p.second)],
  ['06', (p) => pad(p.year % 100)],
  ['PM', (p) => (p.hour < 12 ? 'AM' : 'PM')],
  ['pm', (p) => (p.hour < 12 ? 'am' : 'pm')],
  ['1', (p) => String(p.month)],
  ['2', (p) => String(p.day)],
  ['3', (p) => String(p.hour % 12 === 0 ? 12 : p.hour % 12)],
  ['4', (p) => String(p.minute)],
  ['5', (p) => String(p.second)],
];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  offset: number;
}

function offset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${colon ? ':' : ''}${pad(absolute % 60)}`;
}

function partsOf(time: ZonedTime): Parts {
  const shifted = new Date(time.epoch + time.offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    offset: time.offsetMinutes,
  };
}

/** Hugo's named layouts for dateFormat and time.Format, as its English locale writes them. */
const HUGO_LAYOUTS: Record<string, string> = {
  ':date_full': 'Monday, January 2, 2006',
  ':date_long': 'January 2, 2006',
  ':date_medium': 'Jan 2, 2006',
  ':date_short': '1/2/06',
  ':time_full': '3:04:05 pm MST',
  ':time_long': '3:04:05 pm MST',
  ':time_medium': '3:04:05 pm',
  ':time_short': '3:04 pm',
};

/**
 * Formats a time with a Go layout such as "2006-01-02T15:04:05Z07:00", or
 * one of Hugo's named layouts such as ":date_long". "MST" gives the offset
 * (Go gives the zone's abbreviation, which JavaScript does not know).
 */
export function formatGoTime(time: ZonedTime, layout: string): string {
  layout = HUGO_LAYOUTS[layout] ?? layout;
  const parts = partsOf(time);
  let out = '';
  let index = 0;
  while (index < layout.length) {
    const token = TOKENS.find(([name]) => layout.startsWith(name, index));
    if (token) {
      out += token[1](parts);
      index += token[0].length;
    } else {
      out += layout[index];
      index += 1;
    }
  }
  return out;
}

export const RFC3339 = '2006-01-02T15:04:05Z07:00';

export function localNow(): ZonedTime {
  const now = new Date();
  return { epoch: now.getTime(), offsetMinutes: -now.getTimezoneOffset() };
}
