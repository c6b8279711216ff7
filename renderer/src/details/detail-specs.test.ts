import { describe, expect, it } from 'vitest';
import type { DetailField } from '../../../postings/api/api.js';
import { detailSpecs, editFor, inputValue, replaceDateTime } from './detail-specs.js';

const field = (key: string, type: DetailField['type'], value: DetailField['value'], raw = JSON.stringify(value)): DetailField => ({
  key, path: key.split('.'), type, value, raw, toml: raw, line: 1, column: 1,
});

const details = [
  field('title', 'string', 'Baker'),
  field('date', 'datetime', '2026-04-10T10:00:00Z', '2026-04-10T10:00:00Z'),
  field('draft', 'boolean', false, 'false'),
  field('params', 'table', {}),
  field('params.location', 'string', 'Lisbon'),
  field('params.pay_min', 'integer', 70000, '70_000'),
  field('params.employment_type', 'string', 'seasonal'),
  field('params.tags', 'array', ['a'], '["a"]'),
];

describe('the details form', () => {
  const specs = detailSpecs(details);
  const byLabel = (label: string) => specs.find((spec) => spec.label === label)!;

  it('always offers the posting details, present or not', () => {
    expect(specs.filter((spec) => spec.group === 'posting').map((spec) => spec.label)).toEqual(['Title', 'Publish date', 'Draft', 'Weight', 'Expiry date']);
    expect(byLabel('Weight').field).toBeUndefined();
    expect(byLabel('Weight').key).toBe('weight');
  });

  it('gives each value an input that fits its type', () => {
    expect(byLabel('Publish date').kind).toBe('datetime');
    expect(byLabel('Draft').kind).toBe('checkbox');
    expect(byLabel('Pay from').kind).toBe('integer');
    expect(byLabel('Employment type').kind).toBe('choice');
    expect(byLabel('Employment type').options?.[0]).toBe('seasonal');
  });

  it('offers the usual job details under the same table the posting uses', () => {
    expect(byLabel('Currency').key).toBe('params.currency');
    expect(byLabel('Currency').field).toBeUndefined();
  });

  it('shows every other key and keeps it', () => {
    expect(specs.find((spec) => spec.key === 'params.tags')?.group).toBe('other');
    expect(specs.some((spec) => spec.key === 'params')).toBe(false);
  });

  it('keeps the written format of a number and a date-time', () => {
    expect(inputValue(byLabel('Pay from'))).toBe('70_000');
    expect(editFor(byLabel('Pay from'), '70_000')).toEqual({ none: true });
    expect(editFor(byLabel('Pay from'), '72000')).toEqual({ edit: { key: 'params.pay_min', toml: '72000' } });
    expect(inputValue(byLabel('Publish date'))).toBe('2026-04-10T10:00');
    expect(editFor(byLabel('Publish date'), '2026-05-01T09:30')).toEqual({ edit: { key: 'date', toml: '2026-05-01T09:30:00Z' } });
  });

  it('refuses a value that is not of the type, in words for HR staff', () => {
    expect(editFor(byLabel('Pay from'), 'lots')).toEqual({ problem: 'Please enter a whole number, such as 10.' });
  });

  it('removes an optional detail that is emptied, and adds a missing one', () => {
    expect(editFor(byLabel('Pay from'), '')).toEqual({ edit: { key: 'params.pay_min', unset: true } });
    expect(editFor(byLabel('Weight'), '10')).toEqual({ edit: { key: 'weight', toml: '10' } });
    expect(editFor(byLabel('Expiry date'), '2026-06-30')).toEqual({ edit: { key: 'expiryDate', toml: '2026-06-30' } });
  });
});

describe('replaceDateTime', () => {
  it('keeps the separator, seconds and offset as written', () => {
    expect(replaceDateTime('2026-04-10 10:00:05.5+02:00', '2026-04-11T08:15')).toBe('2026-04-11 08:15:05.5+02:00');
  });
});
