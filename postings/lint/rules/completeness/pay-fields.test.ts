import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../../document.js';
import { findPayFields, readPayValue } from './pay-fields.js';
import { posting } from './test-posting.js';

const roles = (frontMatter: string) =>
  findPayFields(createLintDocument(posting(frontMatter, 'Body.'))).map((field) => [field.key, field.role, field.reading.kind]);

describe('findPayFields', () => {
  it.each([
    ['pay_min = 1\npay_max = 2\n', [['pay_min', 'low', 'amount'], ['pay_max', 'high', 'amount']]],
    ['salaryMin = 1\nsalaryMax = 2\n', [['salaryMin', 'low', 'amount'], ['salaryMax', 'high', 'amount']]],
    ['min_salary = 1\nmaximum_salary = 2\n', [['min_salary', 'low', 'amount'], ['maximum_salary', 'high', 'amount']]],
    ['[params]\nsalary_range = "$1k-$2k"\n', [['params.salary_range', 'whole', 'range']]],
    ['[params.compensation]\nfrom = 1\nto = 2\ncurrency = "EUR"\n', [['params.compensation.from', 'low', 'amount'], ['params.compensation.to', 'high', 'amount']]],
    ['[baseSalary.value]\nminValue = 1\nmaxValue = 2\n', [['baseSalary.value.minValue', 'low', 'amount'], ['baseSalary.value.maxValue', 'high', 'amount']]],
    ['pay = "DOE"\n', [['pay', 'whole', 'vague']]],
  ])('reads %j', (frontMatter, expected) => {
    expect(roles(frontMatter)).toEqual(expected);
  });

  it('ignores details that are not pay, or only its currency or unit', () => {
    expect(roles('payment_terms = "net 30"\nsalary_currency = "USD"\npay_period = "year"\nweight = 10\nrate_limit = 5\n')).toEqual([]);
  });
});

describe('readPayValue', () => {
  it('reads ranges with their ends', () => {
    expect(readPayValue({ type: 'string', value: '$95-120k' })).toEqual({ kind: 'range', low: 95_000, high: 120_000 });
    expect(readPayValue({ type: 'string', value: '€52.000 bis €64.000' })).toEqual({ kind: 'range', low: 52_000, high: 64_000 });
    expect(readPayValue({ type: 'array', items: [{ type: 'integer', value: 40n }, { type: 'float', value: 50.5 }] })).toEqual({ kind: 'range', low: 40, high: 50.5 });
  });

  it('reads one amount as a fixed pay and words as vague', () => {
    expect(readPayValue({ type: 'string', value: '$60,000' })).toEqual({ kind: 'amount', amount: 60_000 });
    expect(readPayValue({ type: 'string', value: 'Competitive' })).toEqual({ kind: 'vague', text: 'Competitive' });
    expect(readPayValue({ type: 'boolean', value: true })).toEqual({ kind: 'other' });
  });
});
