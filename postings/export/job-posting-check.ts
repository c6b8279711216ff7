/**
 * Checks a JobPosting against Google's documented structured-data
 * requirements for job search (developers.google.com, "Job posting
 * (JobPosting) structured data"): the required properties, the recommended
 * ones, and the values each may take.
 */
import type { JobPostingLd } from './job-posting.js';

export type JobPostingProperty =
  | 'title' | 'description' | 'datePosted' | 'hiringOrganization' | 'jobLocation'
  | 'applicantLocationRequirements' | 'baseSalary' | 'directApply' | 'employmentType' | 'identifier' | 'jobLocationType' | 'validThrough';

export const REQUIRED_PROPERTIES: readonly JobPostingProperty[] = ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'];
export const RECOMMENDED_PROPERTIES: readonly JobPostingProperty[] = [
  'applicantLocationRequirements', 'baseSalary', 'directApply', 'employmentType', 'identifier', 'jobLocationType', 'validThrough',
];

export interface JobPostingProblem {
  property: JobPostingProperty | string;
  /** missing-required and invalid make the posting ineligible; missing-recommended does not. */
  kind: 'missing-required' | 'missing-recommended' | 'invalid';
  message: string;
}

const EMPLOYMENT = new Set(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER']);
const UNITS = new Set(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const CURRENCY = /^[A-Z]{3}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function validDate(text: unknown): boolean {
  if (typeof text !== 'string' || !ISO_DATE.test(text)) return false;
  return !Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text));
}

/** Every problem Google's rules find in the JobPosting; empty when it is complete. */
export function checkJobPosting(input: JobPostingLd | Json): JobPostingProblem[] {
  const ld = input as Json;
  const problems: JobPostingProblem[] = [];
  const invalid = (property: string, message: string): void => {
    problems.push({ property, kind: 'invalid', message });
  };
  if (ld['@type'] !== 'JobPosting') invalid('@type', 'The type must be JobPosting');
  if (typeof ld['@context'] !== 'string' || !/^https?:\/\/schema\.org\/?$/.test(ld['@context'])) invalid('@context', 'The context must be schema.org');

  const remote = ld.jobLocationType === 'TELECOMMUTE';
  for (const property of REQUIRED_PROPERTIES) {
    // A fully remote job needs no office, but then the countries it is open to are required.
    if (property === 'jobLocation' && remote) continue;
    if (ld[property] === undefined) problems.push({ property, kind: 'missing-required', message: `${property} is required` });
  }
  if (remote && ld.jobLocation === undefined && ld.applicantLocationRequirements === undefined) {
    problems.push({ property: 'applicantLocationRequirements', kind: 'missing-required', message: 'A remote job without an office must name where applicants may live (applicantLocationRequirements)' });
  }
  for (const property of RECOMMENDED_PROPERTIES) {
    if (ld[property] !== undefined) continue;
    // These two only apply to remote jobs.
    if ((property === 'jobLocationType' || property === 'applicantLocationRequirements') && !remote) continue;
    if (problems.some((problem) => problem.property === property)) continue;
    problems.push({ property, kind: 'missing-recommended', message: `${property} is recommended` });
  }

  if (ld.title !== undefined && (typeof ld.title !== 'string' || ld.title.trim() === '')) invalid('title', 'title must be the job title as text');
  if (typeof ld.title === 'string' && /<[a-z/!]/i.test(ld.title)) invalid('title', 'title must be plain text, without HTML');
  if (ld.description !== undefined) {
    if (typeof ld.description !== 'string' || ld.description.trim() === '') invalid('description', 'description must be the full job description as HTML');
    else if (ld.description === ld.title) invalid('description', 'description cannot be the same as the title');
  }
  for (const property of ['datePosted', 'validThrough'] as const) {
    if (ld[property] !== undefined && !validDate(ld[property])) invalid(property, `${property} must be an ISO 8601 date or date and time`);
  }
  if (ld.hiringOrganization !== undefined) {
    const organization = ld.hiringOrganization;
    if (!isObject(organization) || organization['@type'] !== 'Organization' || typeof organization.name !== 'string' || organization.name.trim() === '') {
      invalid('hiringOrganization', 'hiringOrganization must be an Organization with a name');
    }
  }
  for (const place of list(ld.jobLocation)) {
    const address = isObject(place) ? place.address : undefined;
    if (!isObject(place) || place['@type'] !== 'Place' || !isObject(address) || address['@type'] !== 'PostalAddress') {
      invalid('jobLocation', 'jobLocation must be a Place with a PostalAddress');
      continue;
    }
    if (!['addressLocality', 'addressRegion', 'addressCountry'].some((key) => typeof address[key] === 'string' && address[key] !== '')) {
      invalid('jobLocation', 'The job location’s address must name at least a city, region or country');
    }
    if (address.addressCountry !== undefined && (typeof address.addressCountry !== 'string' || !/^[A-Z]{2}$/.test(address.addressCountry))) {
      invalid('jobLocation', 'addressCountry must be a two-letter ISO 3166 country code');
    }
  }
  if (ld.jobLocationType !== undefined && ld.jobLocationType !== 'TELECOMMUTE') invalid('jobLocationType', 'jobLocationType can only be TELECOMMUTE');
  for (const area of list(ld.applicantLocationRequirements)) {
    if (!isObject(area) || typeof area['@type'] !== 'string' || !/^(?:Country|State|AdministrativeArea)$/.test(area['@type']) || typeof area.name !== 'string' || area.name === '') {
      invalid('applicantLocationRequirements', 'applicantLocationRequirements must be Country or State areas with names');
    }
  }
  for (const type of list(ld.employmentType)) {
    if (typeof type !== 'string' || !EMPLOYMENT.has(type)) invalid('employmentType', `employmentType must be one of ${[...EMPLOYMENT].join(', ')}`);
  }
  if (ld.baseSalary !== undefined) checkSalary(ld.baseSalary, invalid);
  if (ld.directApply !== undefined && typeof ld.directApply !== 'boolean') invalid('directApply', 'directApply must be true or false');
  if (ld.identifier !== undefined) {
    const id = ld.identifier;
    if (!isObject(id) || id['@type'] !== 'PropertyValue' || typeof id.name !== 'string' || (typeof id.value !== 'string' && typeof id.value !== 'number')) {
      invalid('identifier', 'identifier must be a PropertyValue with a name and a value');
    }
  }
  return problems;
}

function checkSalary(salary: unknown, invalid: (property: string, message: string) => void): void {
  if (!isObject(salary) || salary['@type'] !== 'MonetaryAmount') return invalid('baseSalary', 'baseSalary must be a MonetaryAmount');
  if (typeof salary.currency !== 'string' || !CURRENCY.test(salary.currency)) invalid('baseSalary', 'baseSalary needs a three-letter ISO 4217 currency');
  const value = salary.value;
  if (!isObject(value) || value['@type'] !== 'QuantitativeValue') return invalid('baseSalary', 'baseSalary.value must be a QuantitativeValue');
  const numbers = ['value', 'minValue', 'maxValue'].filter((key) => value[key] !== undefined);
  if (numbers.length === 0) invalid('baseSalary', 'baseSalary needs an amount (value, or minValue and maxValue)');
  for (const key of numbers) {
    if (typeof value[key] !== 'number' || !Number.isFinite(value[key]) || (value[key] as number) <= 0) invalid('baseSalary', `baseSalary.value.${key} must be a positive number`);
  }
  if (typeof value.minValue === 'number' && typeof value.maxValue === 'number' && value.minValue > value.maxValue) invalid('baseSalary', 'the lowest pay is above the highest');
  if (typeof value.unitText !== 'string' || !UNITS.has(value.unitText)) invalid('baseSalary', `baseSalary.value.unitText must be one of ${[...UNITS].join(', ')}`);
}
