/**
 * The facts of a posting that every export shows before the text: where,
 * what kind of job, the pay, and when it was published. Sites name these
 * details in many ways (`location` or `params.location`, `employment_type`
 * or `employmentType`, `pay_min` or `salaryMin`); a key is matched in a
 * normal form (lower case, without `_`, `-` or spaces) at the top level and
 * under `[params]`, the top level first.
 */
import { readPayValue } from '../lint/rules/completeness/pay-fields.js';
import type { TomlTable, TomlValue } from '../toml/value.js';

export type PayUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface PayFacts {
  min?: number;
  max?: number;
  /** ISO 4217 code as the details give it ("USD"). */
  currency?: string;
  unit?: PayUnit;
  /** A pay detail given as text ("$95k–$120k"), as written. */
  text?: string;
}

export type Workplace = 'remote' | 'hybrid' | 'onsite';

export interface PostingFacts {
  title: string;
  description?: string;
  location?: string;
  /** The work setup as written ("remote-friendly"). */
  workplaceText?: string;
  /** The work setup when it reads as one of the three. */
  workplace?: Workplace;
  employmentType?: string;
  pay?: PayFacts;
  /** Publish date as written: publishDate, else date. */
  published?: string;
  /** expiryDate as written. */
  expires?: string;
  team?: string;
}

const KEYS = {
  location: ['location', 'locations', 'joblocation', 'city', 'office', 'worklocation'],
  workplace: ['remote', 'workplace', 'workplacetype', 'remotepolicy', 'worksetup', 'workmode', 'joblocationtype'],
  employmentType: ['employmenttype', 'employment', 'jobtype', 'contracttype', 'schedule'],
  payMin: ['paymin', 'salarymin', 'minsalary', 'minpay', 'basesalarymin', 'payfrom', 'salaryfrom'],
  payMax: ['paymax', 'salarymax', 'maxsalary', 'maxpay', 'basesalarymax', 'payto', 'salaryto'],
  payText: ['salary', 'pay', 'payrange', 'salaryrange', 'compensation', 'basesalary'],
  currency: ['currency', 'paycurrency', 'salarycurrency'],
  payUnit: ['payunit', 'salaryunit', 'payperiod', 'salaryperiod', 'unittext'],
  description: ['description', 'summary'],
  team: ['team', 'department'],
  published: ['publishdate', 'pubdate', 'published'],
  date: ['date'],
  expires: ['expirydate', 'unpublishdate'],
} as const;

function normalize(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The first value under one of the names, top level before [params]. */
function find(root: TomlTable, names: readonly string[]): TomlValue | undefined {
  const params = [...root.entries].find(([key]) => key.toLowerCase() === 'params')?.[1];
  for (const table of [root, params]) {
    if (table?.type !== 'table') continue;
    for (const name of names) {
      const hit = [...table.entries].find(([key, value]) => normalize(key) === name && value.type !== 'table');
      if (hit && hasContent(hit[1])) return hit[1];
    }
  }
  return undefined;
}

function hasContent(value: TomlValue): boolean {
  if (value.type === 'string') return value.value.trim() !== '';
  if (value.type === 'array') return value.items.some(hasContent);
  return true;
}

function text(value: TomlValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  switch (value.type) {
    case 'string':
      return value.value.trim();
    case 'integer':
      return value.value.toString();
    case 'float':
      return String(value.value);
    case 'datetime':
      return value.text;
    case 'array': {
      const parts = value.items.map(text).filter((item): item is string => item !== undefined && item !== '');
      return parts.length > 0 ? parts.join('; ') : undefined;
    }
    default:
      return undefined;
  }
}

function amount(value: TomlValue | undefined): number | undefined {
  if (value?.type === 'integer') return Number(value.value);
  if (value?.type === 'float') return Number.isFinite(value.value) ? value.value : undefined;
  if (value?.type === 'string') {
    const reading = readPayValue(value);
    return reading.kind === 'amount' ? reading.amount : undefined;
  }
  return undefined;
}

const UNITS: Record<string, PayUnit> = {
  hour: 'HOUR', hourly: 'HOUR', hr: 'HOUR', h: 'HOUR',
  day: 'DAY', daily: 'DAY',
  week: 'WEEK', weekly: 'WEEK', wk: 'WEEK',
  month: 'MONTH', monthly: 'MONTH', mo: 'MONTH',
  year: 'YEAR', yearly: 'YEAR', annual: 'YEAR', annually: 'YEAR', annum: 'YEAR', yr: 'YEAR',
};

function payFacts(root: TomlTable): PayFacts | undefined {
  const min = amount(find(root, KEYS.payMin));
  const max = amount(find(root, KEYS.payMax));
  const whole = find(root, KEYS.payText);
  const currency = text(find(root, KEYS.currency))?.toUpperCase();
  const unitText = text(find(root, KEYS.payUnit))?.toLowerCase().replace(/^per\s+/, '');
  const textUnit = whole?.type === 'string' ? /(?:\/|\bper\b|\ban?\b)\s*(hour|hr|day|week|month|year|annum)\b|\b(hourly|daily|weekly|monthly|yearly|annually)\b/i.exec(whole.value) : null;
  const unit = unitText === undefined ? (textUnit ? UNITS[(textUnit[1] ?? textUnit[2] ?? '').toLowerCase()] : undefined) : UNITS[unitText];
  const pay: PayFacts = {};
  if (min !== undefined && min > 0) pay.min = min;
  if (max !== undefined && max > 0) pay.max = max;
  if (pay.min === undefined && pay.max === undefined && whole !== undefined) {
    const reading = readPayValue(whole);
    if (reading.kind === 'range') {
      if (reading.low !== undefined) pay.min = reading.low;
      if (reading.high !== undefined) pay.max = reading.high;
    } else if (reading.kind === 'amount') pay.min = reading.amount;
    const written = text(whole);
    if (written !== undefined && whole.type === 'string') pay.text = written;
  }
  if (pay.min === undefined && pay.max === undefined && pay.text === undefined) return undefined;
  const named = currency ?? (pay.text === undefined ? undefined : currencyIn(pay.text));
  if (named && /^[A-Z]{3}$/.test(named)) pay.currency = named;
  const inferred = unit ?? inferredUnit(pay);
  if (inferred) pay.unit = inferred;
  return pay;
}

/** The currency a pay text names unambiguously ("€", "£", "USD"); "$" alone could be several. */
function currencyIn(text: string): string | undefined {
  const code = /\b(USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|INR|JPY|SGD)\b/.exec(text)?.[1];
  if (code) return code;
  if (/US\$/.test(text)) return 'USD';
  if (/CA\$|C\$/.test(text)) return 'CAD';
  if (/A\$|AU\$/.test(text)) return 'AUD';
  if (text.includes('€')) return 'EUR';
  if (text.includes('£')) return 'GBP';
  return undefined;
}

const MAJOR_CURRENCIES = new Set(['USD', 'CAD', 'EUR', 'GBP', 'AUD', 'NZD', 'CHF', 'SGD']);

/**
 * Pay details without a unit, as many sites write them (the sample site's
 * layout assumes a year): amounts in the tens of thousands of a major
 * currency are yearly, amounts under 300 hourly. Anything else stays unknown.
 */
function inferredUnit(pay: PayFacts): PayUnit | undefined {
  const amounts = [pay.min, pay.max].filter((value): value is number => value !== undefined);
  if (amounts.length === 0 || (pay.currency !== undefined && !MAJOR_CURRENCIES.has(pay.currency))) return undefined;
  if (amounts.every((value) => value >= 10_000)) return 'YEAR';
  if (amounts.every((value) => value < 300)) return 'HOUR';
  return undefined;
}

function workplaceOf(value: TomlValue | undefined): { text?: string; kind?: Workplace } {
  if (value?.type === 'boolean') return value.value ? { text: 'remote', kind: 'remote' } : {};
  const written = text(value);
  if (written === undefined) return {};
  const lower = written.toLowerCase();
  const kind: Workplace | undefined = /hybrid/.test(lower)
    ? 'hybrid'
    : /on-?\s?site|in[- ]office|office/.test(lower)
      ? 'onsite'
      : /remote|telecommute|distributed/.test(lower)
        ? 'remote'
        : undefined;
  return { text: written, ...(kind ? { kind } : {}) };
}

/** Reads the facts from a posting's parsed details. */
export function postingFacts(root: TomlTable): PostingFacts {
  const workplace = workplaceOf(find(root, KEYS.workplace));
  const facts: PostingFacts = { title: text(find(root, ['title'])) ?? '' };
  const set = <K extends keyof PostingFacts>(key: K, value: PostingFacts[K] | undefined): void => {
    if (value !== undefined) facts[key] = value;
  };
  set('description', text(find(root, KEYS.description)));
  set('location', text(find(root, KEYS.location)));
  set('workplaceText', workplace.text);
  set('workplace', workplace.kind);
  set('employmentType', text(find(root, KEYS.employmentType)));
  set('pay', payFacts(root));
  set('published', text(find(root, KEYS.published)) ?? text(find(root, KEYS.date)));
  set('expires', text(find(root, KEYS.expires)));
  set('team', text(find(root, KEYS.team)));
  return facts;
}
