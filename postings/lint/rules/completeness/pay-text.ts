/**
 * Finds what a posting's text says about pay: a full range ("$95,000–$120,000",
 * "95 000 – 120 000 EUR", "between $40 and $50 an hour"), one end only ("up
 * to $120k", "starting at €40,000"), a single fixed figure ("Salary: $135,000"),
 * or words that are not a range at all
 * ("competitive salary", "DOE", "commensurate with experience").
 *
 * Numbers alone are not pay: "2–4 years", "8–12 developers" and "Python 3.10"
 * are ranges of something else. A range counts as pay when it carries a
 * currency, or when pay words stand on the same line and the numbers look
 * like pay (thousands, "k", or a unit such as "per hour").
 */

export type PayMentionKind = 'range' | 'one-end' | 'fixed' | 'vague';

export interface PayMention {
  kind: PayMentionKind;
  /** Offsets into the searched string. */
  start: number;
  end: number;
  text: string;
}

const CURRENCY_BEFORE = String.raw`(?:US\$|USD\s?\$|CA\$|C\$|A\$|AU\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₩|(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|INR|SEK|NOK|DKK|PLN|CZK|HUF|RON|ZAR|BRL|MXN|SGD|HKD)\b)`;
const CURRENCY_AFTER = String.raw`(?:€|£|\$|(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|INR|SEK|NOK|DKK|PLN|CZK|HUF|RON|ZAR|BRL|MXN|SGD|HKD|zł|kr|Kč|euros?|dollars?|pounds?)(?![\p{L}]))`;
// "95,000", "95.000", "95 000" (with ordinary, no-break or thin spaces), "40", "40.50".
const NUMBER = String.raw`(?:\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+|\d+)(?:[.,]\d{1,2}(?!\d))?`;
const MULTIPLIER = String.raw`(?:\s?(?:[kK]|[mM]|thousand|million)(?![\p{L}\d]))`;
const AMOUNT = String.raw`(?:${CURRENCY_BEFORE}\s?)?${NUMBER}${MULTIPLIER}?(?:\s?${CURRENCY_AFTER})?`;
const DASH = String.raw`(?:\s*[-‐‑‒–—]\s*|\s+(?:to|until|bis|à)\s+)`;
const UNIT = String.raw`(?:\s*(?:\/|per|an?|each)\s*(?:hour|hr|h|year|yr|annum|month|mo|week|wk|day)(?![\p{L}])|\s*p\.\s?a\.|\s*pa(?![\p{L}])|\s+(?:annually|yearly|hourly|monthly|weekly|daily|gross|brutto)(?![\p{L}]))`;

const RANGE = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:(?:between|from)\s+)?(${AMOUNT})(?:${DASH}|\s+and\s+)(${AMOUNT})(?![\d])(${UNIT})?`,
  'giu',
);
// "up to approximately $140,000", "around £45k": a hedge between the words and the amount.
const HEDGE = String.raw`(?:(?:approximately|approx\.?|about|around|roughly|circa|c\.)\s+)?`;
const ONE_END = new RegExp(
  String.raw`(?<![\p{L}])(?:up[\s-]+to|as\s+much\s+as|a\s+maximum\s+of|maximum\s+of|max\.?|starting\s+(?:at|from)|starts\s+at|from|a\s+minimum\s+of|minimum\s+of|min\.?|at\s+least|no\s+less\s+than)\s+${HEDGE}(${AMOUNT})(?![\d])(${UNIT})?|(?<![\p{L}\d.,])(${AMOUNT})\s?\+(${UNIT})?`,
  'giu',
);

const PAY_BEFORE = /\b(?:salary|salaries|pay|wages?|compensation|remuneration|stipend|earnings|base|OTE|rate|Gehalt|Lohn|salaire)\b[^.\n\d]{0,25}$/i;
const PAY_AFTER = /^[^.\n\d]{0,6}\b(?:(?:starting|base|annual|gross|yearly)\s+)?(?:salary|pay|wage|compensation|a\s+year|per\s+(?:annum|year|hour|month|week))\b/i;
const PERK_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}(?:budget|allowance|bonus|stipend|credit|reimbursement|voucher|grant|fund)\b/iu;
const FIXED = new RegExp(String.raw`(?<![\p{L}\d.,])(${AMOUNT})(?![\d])(${UNIT})?`, 'giu');

// Pay words that make a bare number range read as pay.
const PAY_WORDS = /\b(?:salary|salaries|pay|paid|compensation|wages?|rate|base|OTE|remuneration|earnings|stipend|hourly|annual(?:ly)?|gross|income|bonus|Gehalt|salaire)\b/i;

const VAGUE_ALWAYS = [
  /\b(?:highly\s+)?(?:competitive|attractive|excellent|generous|great|market[- ]rate|market[- ]leading|industry[- ](?:standard|leading)|negotiable)\s+(?:base\s+)?(?:salary|salaries|pay|compensation(?:\s+package)?|wages?|remuneration|rates?|package)\b/gi,
  /\b(?:salary|pay|compensation|wages?|remuneration|rate)\s+(?:is\s+|will\s+be\s+)?(?:negotiable|competitive|TBD|to\s+be\s+(?:agreed|discussed|determined))\b/gi,
];
// Phrases that are about pay only near a pay word ("commensurate experience"
// in a degree requirement is not about pay).
const VAGUE_NEAR_PAY = [
  /\b(?:commensurate\s+with|depending\s+on|dependent\s+on|depends\s+on|based\s+on)\s+(?:your\s+)?(?:experience|qualifications|skills|background)(?:\s+and\s+(?:experience|qualifications|skills|background))?\b/gi,
  /\bD\.?O\.?E\.?(?![\p{L}])/gu,
];

const HAS_CURRENCY_BEFORE = new RegExp(CURRENCY_BEFORE, 'u');
const HAS_CURRENCY_AFTER = new RegExp(`\\d${MULTIPLIER}?\\s?${CURRENCY_AFTER}`, 'iu');
const HAS_MULTIPLIER = new RegExp(`\\d${MULTIPLIER}`, 'u');
const WHOLE_AMOUNT = new RegExp(`^\\s*(${AMOUNT})\\s*$`, 'iu');
const YEARS = /^(?:between\s+|from\s+)?(?:19|20)\d{2}\s*(?:[-‐‑‒–—]|\s(?:to|until|and)\s)\s*(?:(?:19|20)\d{2}|\d{2})$/i;

function hasCurrency(match: string): boolean {
  return HAS_CURRENCY_BEFORE.test(match) || HAS_CURRENCY_AFTER.test(match);
}

function looksLikePay(match: string, line: string, unit: string | undefined): boolean {
  if (hasCurrency(match)) return true;
  // "2019–2021" and "from 2019" are years, whatever the line says.
  if (YEARS.test(match.trim()) || /^(?:[\p{L}.]+\s+)*(?:19|20)\d{2}$/u.test(match.trim())) return false;
  if (!PAY_WORDS.test(line)) return false;
  if (unit !== undefined && unit !== '') return true;
  if (HAS_MULTIPLIER.test(match)) return true;
  // Thousands: pay, not years or head counts.
  return /\d{1,3}[,.\u00A0\u202F ]\d{3}|\d{4,}/.test(match);
}

function lineAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  return text.slice(lineStart, newline === -1 ? text.length : newline);
}

function linesWithDigits(text: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (/\d/.test(line)) lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

/**
 * Everything `text` says about pay, in order of position. With `assumePay`
 * (the text is a pay detail such as `salary = "95000-120000"`), numbers need
 * no pay word beside them.
 */
export function findPayMentions(text: string, options: { assumePay?: boolean } = {}): PayMention[] {
  const context = (start: number, end: number): string => (options.assumePay ? `salary ${lineAround(text, start, end)}` : lineAround(text, start, end));
  const mentions: PayMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number): boolean => taken.some(([s, e]) => start < e && end > s);
  const add = (kind: PayMentionKind, start: number, end: number): void => {
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    mentions.push({ kind, start, end, text: text.slice(start, end) });
  };

  // Amounts need digits: only lines with one are searched (the amount
  // patterns are costly to try at every position of a long text).
  const lines = linesWithDigits(text);
  for (const line of lines) {
    for (const match of line.text.matchAll(RANGE)) {
      const start = line.start + match.index;
      const end = start + match[0].length;
      const words = match[0];
      // "and" joins a range only after "between" ("between $40 and $50").
      if (/\d\S*\s+and\s+/i.test(words) && !/^between\s/i.test(words)) continue;
      if (looksLikePay(words, context(start, end), match[3])) add('range', start, end);
    }
  }
  for (const line of lines) {
    for (const match of line.text.matchAll(ONE_END)) {
      const start = line.start + match.index;
      const end = start + match[0].trimEnd().length;
      if (looksLikePay(match[0], context(start, end), match[2] ?? match[4])) add('one-end', start, end);
    }
  }
  // A single figure with a currency beside pay words ("Salary: $135,000", "£30,000 starting salary"): a fixed pay.
  for (const line of lines) {
    for (const match of line.text.matchAll(FIXED)) {
      const start = line.start + match.index;
      const end = start + match[0].trimEnd().length;
      if (!hasCurrency(match[0]) || !looksLikePay(match[0], context(start, end), match[2])) continue;
      // The figure must be the pay itself: a pay word right beside it, and no perk after it ("a $1,500 learning budget").
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 40);
      if (PERK_AFTER.test(after)) continue;
      if (PAY_BEFORE.test(before) || PAY_AFTER.test(after) || (match[2] ?? '') !== '' || options.assumePay) add('fixed', start, end);
    }
  }
  for (const pattern of VAGUE_ALWAYS) {
    for (const match of text.matchAll(pattern)) add('vague', match.index, match.index + match[0].length);
  }
  for (const pattern of VAGUE_NEAR_PAY) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (PAY_WORDS.test(context(start, end))) add('vague', start, end);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** A plain amount as a number: "95000", "$95,000", "95k", "€52.000". Undefined when it is not one amount. */
export function parseAmount(text: string): number | undefined {
  const match = WHOLE_AMOUNT.exec(text);
  if (!match) return undefined;
  const digits = /(\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+|\d+)(?:[.,](\d{1,2})(?!\d))?/.exec(match[1] ?? '');
  if (!digits) return undefined;
  const whole = Number((digits[1] ?? '').replace(/[,.\u00A0\u202F ]/g, ''));
  const fraction = digits[2] === undefined ? 0 : Number(`0.${digits[2]}`);
  const multiplier = /\d\s?[kK](?![\p{L}])|thousand/u.test(match[1] ?? '') ? 1_000 : /\d\s?[mM](?![\p{L}])|million/u.test(match[1] ?? '') ? 1_000_000 : 1;
  return (whole + fraction) * multiplier;
}
