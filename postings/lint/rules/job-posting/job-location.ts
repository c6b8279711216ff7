import { fieldRange, jobPostingCheck, offByDefault } from './job-posting-problems.js';

const LOCATION_KEYS = ['location', 'locations', 'joblocation', 'city', 'office', 'worklocation', 'remote', 'workplace'];

export const jobLocationRule = offByDefault(
  {
    id: 'job-posting-location',
    family: 'job-posting',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'job-posting-location',
    severity: 'warning',
    description: 'Google’s job search can tell where the job is, or which countries a remote job is open to.',
    docs: [
      'Google lists a posting in job search only with a place of work it can read: a city with its region or country',
      '(location = "Portland, Oregon", "Lisbon, Portugal"), or for a fully remote job remote = "remote" and the countries',
      'applicants may live in (location = "Remote (United States or Canada)").',
    ].join('\n'),
  },
  (document, context) => {
    const { ld, problems } = jobPostingCheck(document, context);
    const range = fieldRange(document, LOCATION_KEYS);
    return problems
      .filter((problem) => problem.kind !== 'missing-recommended' && (problem.property === 'jobLocation' || problem.property === 'applicantLocationRequirements'))
      .map((problem) => ({
        ...range,
        message:
          problem.kind === 'invalid'
            ? `Google cannot read this location: ${problem.message}.`
            : ld.jobLocationType === 'TELECOMMUTE'
              ? 'This remote job names no country applicants may live in, which Google’s job search needs: say it in the location, e.g. "Remote (United States)".'
              : 'Google’s job search needs the place of work: add a location with city and region or country (location = "Portland, Oregon"), or remote = "remote" with the countries it is open to.',
      }));
  },
);
