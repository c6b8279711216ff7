import { fieldRange, jobPostingCheck, offByDefault } from './job-posting-problems.js';

export const datePostedRule = offByDefault(
  {
    id: 'job-posting-date-posted',
    family: 'job-posting',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'job-posting-date-posted',
    severity: 'warning',
    description: 'Google’s job search can tell when the job was posted, and until when it is open.',
    docs: 'Google needs the date a job was posted (the publish date, `publishDate` or `date`) and uses the expiry date (`expiryDate`) to take it down; both must be dates (2026-05-01, or with a time).',
  },
  (document, context) =>
    jobPostingCheck(document, context)
      .problems.filter((problem) => problem.kind !== 'missing-recommended' && (problem.property === 'datePosted' || problem.property === 'validThrough'))
      .map((problem) => ({
        ...fieldRange(document, problem.property === 'datePosted' ? ['publishdate', 'date'] : ['expirydate']),
        message:
          problem.kind === 'missing-required'
            ? 'Google’s job search needs the date the job was posted: give the posting a publish date.'
            : `Google cannot read this date: ${problem.message}.`,
      })),
);
