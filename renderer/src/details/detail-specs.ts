import type { DetailEdit, DetailField, DetailType } from '../../../postings/api/api.js';

/** How a detail is entered: each kind keeps the value's type and written format. */
export type InputKind = 'text' | 'long-text' | 'checkbox' | 'integer' | 'float' | 'date' | 'datetime' | 'time' | 'choice' | 'list';

export interface DetailSpec {
  /** The key in TOML syntax, as DetailEdit takes it. */
  key: string;
  label: string;
  kind: InputKind;
  group: 'posting' | 'job' | 'other';
  /** The field in the file; absent for a detail the posting does not have yet. */
  field?: DetailField;
  /** Choices offered for a `choice` (the current value is always among them). */
  options?: string[];
  /** A hint under the input, in words for HR staff. */
  hint?: string;
}

/** "pay_min", "payMin", "Pay-Min" → "paymin": how sites name the same detail differently. */
export function normalizedName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

interface Known {
  names: string[];
  label: string;
  kind?: InputKind;
  options?: string[];
  hint?: string;
}

const POSTING_DETAILS: Record<string, Known> = {
  title: { names: ['title'], label: 'Title' },
  date: { names: ['date'], label: 'Publish date', kind: 'date' },
  draft: { names: ['draft'], label: 'Draft', kind: 'checkbox', hint: 'A draft is not published.' },
  weight: { names: ['weight'], label: 'Weight', kind: 'integer', hint: 'Lower numbers are listed first.' },
  expiryDate: { names: ['expirydate'], label: 'Expiry date', kind: 'date', hint: 'The posting comes down on this day.' },
};

const OTHER_POSTING_DETAILS: Record<string, Known> = {
  publishdate: { names: ['publishdate'], label: 'Goes live on', kind: 'date' },
  lastmod: { names: ['lastmod'], label: 'Last changed' },
  description: { names: ['description', 'summary'], label: 'Summary', kind: 'long-text' },
  slug: { names: ['slug'], label: 'Web address name' },
};

const JOB_DETAILS: Known[] = [
  { names: ['location', 'city', 'joblocation'], label: 'Location' },
  { names: ['remote', 'workplace', 'workplacetype', 'worklocationtype'], label: 'Workplace', kind: 'choice', options: ['on-site', 'hybrid', 'remote'] },
  {
    names: ['employmenttype', 'employment', 'jobtype', 'contracttype'],
    label: 'Employment type',
    kind: 'choice',
    options: ['full-time', 'part-time', 'contract', 'temporary', 'internship'],
  },
  { names: ['team', 'department'], label: 'Team' },
  { names: ['paymin', 'salarymin', 'minpay', 'minsalary', 'salaryfrom', 'payfrom', 'basesalarymin'], label: 'Pay from', hint: 'The lowest pay offered.' },
  { names: ['paymax', 'salarymax', 'maxpay', 'maxsalary', 'salaryto', 'payto', 'basesalarymax'], label: 'Pay to', hint: 'The highest pay offered.' },
  { names: ['currency', 'paycurrency', 'salarycurrency'], label: 'Currency' },
  { names: ['payperiod', 'payunit', 'salaryperiod', 'salaryunit'], label: 'Pay per', kind: 'choice', options: ['hour', 'day', 'week', 'month', 'year'] },
  { names: ['applyurl', 'applicationurl', 'applylink', 'apply'], label: 'How to apply (link)' },
  { names: ['applyemail', 'applicationemail'], label: 'How to apply (email)' },
];

/** The job details offered even when a posting does not have them yet. */
const OFFERED_JOB_DETAILS = ['location', 'employment_type', 'pay_min', 'pay_max', 'currency'];

/** The input that fits a type of value. */
function kindForType(type: DetailType): InputKind {
  switch (type) {
    case 'boolean':
      return 'checkbox';
    case 'integer':
      return 'integer';
    case 'float':
      return 'float';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'time':
      return 'time';
    case 'array':
      return 'list';
    default:
      return 'text';
  }
}

/** The input for a field in the file: its type decides, a known detail only refines a string. */
function kindFor(field: DetailField, known: Known | undefined): InputKind {
  const byType = kindForType(field.type);
  if (field.type === 'string' && known?.kind && known.kind !== 'date' && known.kind !== 'integer' && known.kind !== 'checkbox') return known.kind;
  return byType;
}

/** "employment_type" → "Employment type", "applyURL" → "Apply url". */
export function humanLabel(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function findJobDetail(name: string): Known | undefined {
  const normal = normalizedName(name);
  return JOB_DETAILS.find((known) => known.names.includes(normal));
}

/**
 * The details form: the posting's own details first (always offered), then
 * the job details (those the posting has, and the usual ones it lacks), then
 * every other key in the file, shown and kept.
 */
export function detailSpecs(details: readonly DetailField[]): DetailSpec[] {
  const leaves = details.filter((field) => field.type !== 'table');
  const used = new Set<DetailField>();
  const specs: DetailSpec[] = [];
  for (const [key, known] of Object.entries(POSTING_DETAILS)) {
    const field = leaves.find((candidate) => candidate.path.length === 1 && known.names.includes(normalizedName(candidate.path[0] ?? '')));
    if (field) used.add(field);
    specs.push(spec(field?.key ?? key, known, field, 'posting'));
  }
  const jobPrefix = leaves.some((field) => field.path[0] === 'params' && field.path.length > 1) || leaves.length === 0 ? 'params.' : '';
  const jobFields: DetailSpec[] = [];
  for (const field of leaves) {
    const last = field.path[field.path.length - 1] ?? '';
    const inParams = field.path.length === 1 || (field.path.length === 2 && field.path[0] === 'params');
    const known = inParams ? findJobDetail(last) : undefined;
    if (!known || used.has(field)) continue;
    used.add(field);
    jobFields.push(spec(field.key, known, field, 'job'));
  }
  for (const name of OFFERED_JOB_DETAILS) {
    const known = findJobDetail(name);
    if (!known || jobFields.some((existing) => existing.label === known.label)) continue;
    jobFields.push(spec(`${jobPrefix}${name}`, known, undefined, 'job'));
  }
  const order = (label: string) => JOB_DETAILS.findIndex((known) => known.label === label);
  specs.push(...jobFields.sort((a, b) => order(a.label) - order(b.label)));
  for (const field of leaves) {
    if (used.has(field)) continue;
    const last = field.path[field.path.length - 1] ?? field.key;
    const known = field.path.length === 1 ? OTHER_POSTING_DETAILS[normalizedName(last)] : undefined;
    const label = known?.label ?? humanLabel(field.path.filter((part) => part !== 'params').join(' '));
    specs.push({ key: field.key, label, kind: kindFor(field, known), group: 'other', field });
  }
  return specs;
}

function spec(key: string, known: Known, field: DetailField | undefined, group: DetailSpec['group']): DetailSpec {
  const kind = field ? kindFor(field, known) : (known.kind ?? 'text');
  const options = kind === 'choice' ? withCurrent(known.options ?? [], field) : undefined;
  return { key, label: known.label, kind, group, ...(field ? { field } : {}), ...(options ? { options } : {}), ...(known.hint ? { hint: known.hint } : {}) };
}

function withCurrent(options: string[], field: DetailField | undefined): string[] {
  const current = typeof field?.value === 'string' ? field.value : undefined;
  return current === undefined || current === '' || options.includes(current) ? options : [current, ...options];
}

/** The text an input starts with. */
export function inputValue(spec: DetailSpec): string {
  const field = spec.field;
  if (!field) return '';
  switch (spec.kind) {
    case 'date':
      return typeof field.value === 'string' ? field.value.slice(0, 10) : '';
    case 'datetime':
      return typeof field.value === 'string' ? toLocalInput(field.value) : '';
    case 'list':
    case 'integer':
    case 'float':
      return field.raw ?? field.toml;
    default:
      return typeof field.value === 'string' ? field.value : (field.raw ?? field.toml);
  }
}

/** "2026-04-10T10:00:00Z" → "2026-04-10T10:00" (what a datetime-local input shows: the time as written). */
function toLocalInput(written: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(:\d{2})?/.exec(written);
  return match ? `${match[1]}T${match[2]}${match[3] && match[3] !== ':00' ? match[3] : ''}` : written.slice(0, 10);
}

/**
 * The written date-time with the date and time the user picked, and
 * everything else as it was written: the separator, seconds, fraction and
 * offset ("2026-04-10T10:00:00Z" + "2026-05-01T09:30" → "2026-05-01T09:30:00Z").
 */
export function replaceDateTime(written: string, picked: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})([Tt ])(\d{2}:\d{2})(:\d{2})?(.*)$/.exec(written);
  const next = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(picked);
  if (!next) return written;
  if (!match) return `${next[1]}T${next[2]}${next[3] ?? ':00'}`;
  return `${next[1]}${match[2]}${next[2]}${next[3] ?? match[4] ?? ''}${match[5]}`;
}

/** The date the user picked, with a written time and offset kept ("2026-04-10T10:00:00Z" + "2026-05-01"). */
export function replaceDate(written: string, picked: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(written) ? picked + written.slice(10) : picked;
}

export type EditOrProblem = { edit: DetailEdit } | { problem: string } | { none: true };

const INTEGER = /^[+-]?(0|[1-9](_?\d)*)$/;
const FLOAT = /^[+-]?(\d(_?\d)*)(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?$/;

/**
 * The edit an input's new value makes, or what is wrong with it. A value the
 * user empties removes an optional detail; an unchanged value makes none.
 */
export function editFor(spec: DetailSpec, input: string | boolean): EditOrProblem {
  const { key, field } = spec;
  if (typeof input === 'boolean') return field?.value === input ? { none: true } : { edit: { key, value: input } };
  const text = spec.kind === 'text' || spec.kind === 'long-text' || spec.kind === 'choice' ? input : input.trim();
  if (text === inputValue(spec) && field) return { none: true };
  if (text === '') {
    if (!field) return { none: true };
    if (spec.kind === 'text' || spec.kind === 'long-text' || spec.kind === 'choice') return { edit: { key, value: '' } };
    return { edit: { key, unset: true } };
  }
  switch (spec.kind) {
    case 'integer':
      return INTEGER.test(text) ? { edit: { key, toml: text } } : { problem: 'Please enter a whole number, such as 10.' };
    case 'float':
      return FLOAT.test(text) ? { edit: { key, toml: text.includes('.') || /[eE]/.test(text) ? text : `${text}.0` } } : { problem: 'Please enter a number, such as 2.5.' };
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { problem: 'Please pick a date.' };
      const written = typeof field?.value === 'string' ? field.value : '';
      return { edit: { key, toml: field ? replaceDate(written, text) : text } };
    }
    case 'datetime': {
      const written = typeof field?.value === 'string' ? field.value : '';
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) ? { edit: { key, toml: replaceDateTime(written, text) } } : { problem: 'Please pick a date and a time.' };
    }
    case 'time':
      return /^\d{2}:\d{2}(:\d{2})?$/.test(text) ? { edit: { key, toml: text.length === 5 ? `${text}:00` : text } } : { problem: 'Please enter a time, such as 09:30.' };
    case 'list':
      return /^\[[\s\S]*\]$/.test(text) ? { edit: { key, toml: text } } : { problem: 'A list is written in square brackets, such as ["Remote", "Lisbon"].' };
    default:
      // A pay figure the site writes as a number stays a number.
      if (!field && /^(Pay from|Pay to)$/.test(spec.label) && INTEGER.test(text.replace(/,/g, ''))) return { edit: { key, toml: text.replace(/,/g, '') } };
      return { edit: { key, value: text } };
  }
}
