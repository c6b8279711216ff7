import { jobPostingCheck, offByDefault } from './job-posting-problems.js';

export const descriptionRule = offByDefault(
  {
    id: 'job-posting-description',
    family: 'job-posting',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'job-posting-description',
    severity: 'warning',
    description: 'The posting has a text for Google’s job search to show.',
    docs: 'Google shows the whole posting text as the job description and refuses postings without one, or whose description only repeats the title.',
  },
  (document, context) =>
    jobPostingCheck(document, context)
      .problems.filter((problem) => problem.property === 'description')
      .map(() => ({ start: document.bodyStart, end: document.bodyStart, message: 'Google’s job search needs the posting’s text as its description: write the text of the posting.' })),
);
