import { fieldRange, jobPostingCheck, offByDefault } from './job-posting-problems.js';

const PAY_KEYS = ['paymin', 'paymax', 'salarymin', 'salarymax', 'minsalary', 'maxsalary', 'salary', 'pay', 'payrange', 'salaryrange', 'compensation', 'basesalary', 'currency', 'payunit'];

export const baseSalaryRule = offByDefault(
  {
    id: 'job-posting-salary',
    family: 'job-posting',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'job-posting-salary',
    severity: 'warning',
    description: 'The pay in the details is complete enough for Google’s job search: amounts, currency and unit.',
    docs: 'Google shows the pay range when it has the amounts (pay_min, pay_max), the currency as a three-letter code (currency = "USD") and what the amount is per (pay_unit = "year" or "hour").',
  },
  (document, context) =>
    jobPostingCheck(document, context)
      .problems.filter((problem) => problem.property === 'baseSalary' && problem.kind === 'invalid')
      .map((problem) => ({ ...fieldRange(document, PAY_KEYS), message: `Google cannot use this pay: ${problem.message}.` })),
);
