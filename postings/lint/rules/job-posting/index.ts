import type { Rule } from '../../types.js';
import { baseSalaryRule } from './base-salary.js';
import { datePostedRule } from './date-posted.js';
import { descriptionRule } from './description.js';
import { employmentTypeRule } from './employment-type.js';
import { jobLocationRule } from './job-location.js';

/**
 * Can the posting's schema.org JobPosting (the jsonld export) be filled as
 * Google's job search requires? Off by default: `[rules] job-posting =
 * "warning"` in .posting-desk.toml turns the family on.
 */
export const jobPostingRules: Rule[] = [jobLocationRule, datePostedRule, descriptionRule, baseSalaryRule, employmentTypeRule];
