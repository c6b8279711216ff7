import { employmentTypeCode } from '../../../export/job-posting.js';
import { fieldRange, jobPostingCheck, offByDefault } from './job-posting-problems.js';

const KEYS = ['employmenttype', 'employment', 'jobtype', 'contracttype', 'schedule'];

export const employmentTypeRule = offByDefault(
  {
    id: 'job-posting-employment-type',
    family: 'job-posting',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'job-posting-employment-type',
    severity: 'info',
    description: 'Google’s job search can tell the kind of employment: full-time, part-time, contract, temporary, internship.',
    docs: 'Google filters jobs by employment type. Give one it knows: full-time, part-time, contractor, temporary, intern, volunteer, per diem.',
  },
  (document, context) => {
    const { ld } = jobPostingCheck(document, context);
    if (ld.employmentType !== undefined) return [];
    const range = fieldRange(document, KEYS);
    const field = document.frontMatter?.fields.find((candidate) => candidate.keyStart === range.start && range.end > 0);
    const written = field?.value.type === 'string' ? field.value.value : undefined;
    if (written !== undefined && employmentTypeCode(written) === undefined) {
      return [{ ...range, message: `Google does not know the employment type “${written}”: use full-time, part-time, contractor, temporary or intern.` }];
    }
    return written === undefined ? [{ start: 0, end: 0, message: 'Google’s job search filters by employment type: add one (employment_type = "full-time").' }] : [];
  },
);
