/**
 * Reads the pay a posting's details state, whatever the site calls it:
 * `pay_min`/`pay_max`, `salaryMin`, `min_salary`, `salary = "$95k–$120k"`,
 * `salary = [95000, 120000]`, `[params.salary] min = … max = …`,
 * schema.org's `baseSalary.value.minValue`.
 */
import type { FrontMatterField, FrontMatterValue, LintDocument } from '../../types.js';
import { hasContent, leafFields, meaningfulPath } from './detail-fields.js';
import { findPayMentions, parseAmount } from './pay-text.js';

const STEM = '(?:basesalary|basepay|salary|salaries|pay|payrate|hourlyrate|hourlypay|wage|wages|compensation|remuneration)';
const LOW = '(?:min|minimum|minvalue|low|lower|from|floor|start|starting)';
const HIGH = '(?:max|maximum|maxvalue|high|upper|to|ceiling|top)';
const WHOLE = '(?:range|band|scale|bracket|text|value|amount)';

const IS_STEM = new RegExp(`^${STEM}(?:${WHOLE})?$`);
const LOW_KEY = new RegExp(`^(?:${LOW}${STEM}|${STEM}${LOW})$`);
const HIGH_KEY = new RegExp(`^(?:${HIGH}${STEM}|${STEM}${HIGH})$`);
const LOW_LEAF = new RegExp(`^${LOW}$`);
const HIGH_LEAF = new RegExp(`^${HIGH}$`);
const WHOLE_LEAF = new RegExp(`^${WHOLE}$`);

export type PayFieldRole = 'low' | 'high' | 'whole';

/** What a pay detail's value amounts to. */
export type PayReading =
  | { kind: 'amount'; amount: number }
  | { kind: 'range'; low?: number; high?: number }
  | { kind: 'vague'; text: string }
  | { kind: 'other' };

export interface PayField {
  field: FrontMatterField;
  role: PayFieldRole;
  reading: PayReading;
  /** The key as written, dotted ("params.pay_min"). */
  key: string;
}

/** The role a detail plays in stating pay, by its key path; undefined when it is not pay (or is pay's currency or unit). */
function payRoleOf(field: FrontMatterField): PayFieldRole | undefined {
  const path = meaningfulPath(field);
  const key = path[path.length - 1] ?? '';
  if (LOW_KEY.test(key)) return 'low';
  if (HIGH_KEY.test(key)) return 'high';
  if (IS_STEM.test(key)) return 'whole';
  // A table of pay: [salary] min = …, or baseSalary.value.minValue.
  if (path.slice(0, -1).some((segment) => IS_STEM.test(segment))) {
    if (LOW_LEAF.test(key)) return 'low';
    if (HIGH_LEAF.test(key)) return 'high';
    if (WHOLE_LEAF.test(key)) return 'whole';
  }
  return undefined;
}

function amountOf(value: FrontMatterValue): number | undefined {
  if (value.type === 'integer') return Number(value.value);
  if (value.type === 'float') return value.value;
  if (value.type === 'string') return parseAmount(value.value);
  return undefined;
}

/** What a pay detail's value says. */
export function readPayValue(value: FrontMatterValue): PayReading {
  const amount = amountOf(value);
  if (amount !== undefined) return { kind: 'amount', amount };
  if (value.type === 'array') {
    const amounts = value.items.map(amountOf);
    if (amounts.length === 2 && amounts.every((item) => item !== undefined)) return { kind: 'range', low: amounts[0], high: amounts[1] };
    if (amounts.length === 1 && amounts[0] !== undefined) return { kind: 'amount', amount: amounts[0] };
    return { kind: 'other' };
  }
  if (value.type !== 'string') return { kind: 'other' };
  const text = value.value.trim();
  const mentions = findPayMentions(text, { assumePay: true });
  const range = mentions.find((mention) => mention.kind === 'range');
  if (range) {
    const [low, high] = splitRange(range.text);
    return { kind: 'range', ...(low === undefined ? {} : { low }), ...(high === undefined ? {} : { high }) };
  }
  // Words without any number ("Competitive", "DOE", "TBD") are not pay.
  if (!/\d/.test(text)) return { kind: 'vague', text };
  return { kind: 'other' };
}

/** The two amounts of a range's text, when both read as numbers. */
function splitRange(text: string): [number | undefined, number | undefined] {
  const parts = text
    .replace(/^(?:between|from)\s+/i, '')
    .split(/\s*[-‐‑‒–—]\s*|\s+(?:to|until|bis|à|and)\s+/i);
  if (parts.length !== 2) return [undefined, undefined];
  const high = parseAmount((parts[1] ?? '').replace(/(?:\s*(?:\/|per|an?|each)\s*\p{L}+|\s*p\.\s?a\.)\s*$/u, ''));
  let low = parseAmount(parts[0] ?? '');
  // "$95-120k": the multiplier of the second amount applies to the first.
  if (low !== undefined && high !== undefined && /\d\s?[kK]\s*$/.test(parts[1] ?? '') && !/[kK]\s*$/.test(parts[0] ?? '')) low *= 1_000;
  return [low, high];
}

/** Every pay detail of the posting, in document order. */
export function findPayFields(document: LintDocument): PayField[] {
  const found: PayField[] = [];
  for (const field of leafFields(document)) {
    if (!hasContent(field.value)) continue;
    const role = payRoleOf(field);
    if (role === undefined) continue;
    found.push({ field, role, reading: readPayValue(field.value), key: field.path.join('.') });
  }
  return found;
}
