/**
 * A schema.org JobPosting, as Google's job search reads it, from the
 * posting's details and its rendered (sanitized) text.
 */
import { linkedBody, type ExportDocument } from './document.js';
import { scriptSafeJson } from './escape.js';
import { countriesIn, countryName, parseAddress, splitRemote, type Address } from './places.js';

export interface JobPostingLd {
  '@context': 'https://schema.org/';
  '@type': 'JobPosting';
  title?: string;
  description?: string;
  datePosted?: string;
  validThrough?: string;
  employmentType?: string;
  hiringOrganization?: { '@type': 'Organization'; name: string; sameAs?: string };
  jobLocation?: { '@type': 'Place'; address: { '@type': 'PostalAddress' } & Address };
  jobLocationType?: 'TELECOMMUTE';
  applicantLocationRequirements?: { '@type': 'Country'; name: string }[];
  baseSalary?: {
    '@type': 'MonetaryAmount';
    currency?: string;
    value: { '@type': 'QuantitativeValue'; value?: number; minValue?: number; maxValue?: number; unitText?: string };
  };
  identifier?: { '@type': 'PropertyValue'; name: string; value: string };
  url?: string;
}

const EMPLOYMENT_TYPES: [RegExp, string][] = [
  [/full[\s_-]?time|permanent/i, 'FULL_TIME'],
  [/part[\s_-]?time/i, 'PART_TIME'],
  [/contract|freelance/i, 'CONTRACTOR'],
  [/temporary|\btemp\b|seasonal|fixed[\s_-]?term/i, 'TEMPORARY'],
  [/intern/i, 'INTERN'],
  [/volunteer/i, 'VOLUNTEER'],
  [/per[\s_-]?diem/i, 'PER_DIEM'],
];

/** Google's employment type for what the details say, when it reads as one. */
export function employmentTypeCode(text: string): string | undefined {
  if (/^[A-Z_]+$/.test(text) && EMPLOYMENT_TYPES.some(([, code]) => code === text)) return text;
  return EMPLOYMENT_TYPES.find(([pattern]) => pattern.test(text))?.[1];
}

/** A TOML date as ISO 8601: "2026-05-01 09:00:00" → "2026-05-01T09:00:00". */
export function isoDate(written: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([Zz]|[+-]\d{2}:?\d{2})?)?$/.exec(written.trim());
  if (!match) return undefined;
  const [, date, time, offset] = match;
  if (time === undefined) return date;
  return `${date}T${time.length === 5 ? `${time}:00` : time}${offset ? offset.toUpperCase() : ''}`;
}

export interface JobPostingOptions {
  /** A stable id of the posting within the site, e.g. its path. */
  identifier?: string;
  /** The published page's address. */
  url?: string;
  /** The company's website. */
  companyUrl?: string;
}

export function jobPosting(document: ExportDocument, options: JobPostingOptions = {}): JobPostingLd {
  const { facts } = document;
  const ld: JobPostingLd = { '@context': 'https://schema.org/', '@type': 'JobPosting' };
  if (document.title) ld.title = document.title;
  const description = linkedBody(document).trim();
  if (description) ld.description = description;
  const posted = facts.published === undefined ? undefined : isoDate(facts.published);
  if (posted) ld.datePosted = posted;
  const expires = facts.expires === undefined ? undefined : isoDate(facts.expires);
  if (expires) ld.validThrough = expires;
  const type = facts.employmentType === undefined ? undefined : employmentTypeCode(facts.employmentType);
  if (type) ld.employmentType = type;
  if (document.company) {
    ld.hiringOrganization = { '@type': 'Organization', name: document.company, ...(options.companyUrl ? { sameAs: options.companyUrl } : {}) };
  }
  Object.assign(ld, locationProperties(facts.location, facts.workplace));
  const pay = facts.pay;
  if (pay && (pay.min !== undefined || pay.max !== undefined)) {
    const value: NonNullable<JobPostingLd['baseSalary']>['value'] = { '@type': 'QuantitativeValue' };
    if (pay.min !== undefined && pay.max !== undefined && pay.min !== pay.max) {
      value.minValue = pay.min;
      value.maxValue = pay.max;
    } else if (pay.min !== undefined && pay.max === undefined) value.minValue = pay.min;
    else if (pay.max !== undefined && pay.min === undefined) value.maxValue = pay.max;
    else value.value = pay.min as number;
    if (pay.unit) value.unitText = pay.unit;
    ld.baseSalary = { '@type': 'MonetaryAmount', ...(pay.currency ? { currency: pay.currency } : {}), value };
  }
  if (options.identifier && document.company) ld.identifier = { '@type': 'PropertyValue', name: document.company, value: options.identifier };
  const url = options.url ?? document.pageUrl;
  if (url) ld.url = url;
  return ld;
}

function locationProperties(location: string | undefined, workplace: string | undefined): Partial<JobPostingLd> {
  const props: Partial<JobPostingLd> = {};
  const { office, remote } = location === undefined ? {} : splitRemote(location);
  // "remote-friendly" with an office: both the office and remote work, as Google allows.
  const fullyRemote = workplace === 'remote' || (remote !== undefined && workplace === undefined);
  if (office) {
    const address = parseAddress(office);
    if (address) props.jobLocation = { '@type': 'Place', address: { '@type': 'PostalAddress', ...address } };
  }
  if (fullyRemote) {
    props.jobLocationType = 'TELECOMMUTE';
    const countries = countriesIn(remote ?? location ?? '');
    if (countries.length > 0) props.applicantLocationRequirements = countries.map((code) => ({ '@type': 'Country', name: countryName(code) }));
  }
  return props;
}

/** The JSON-LD as a `<script>` element that no text of the posting can break out of. */
export function jobPostingScript(ld: JobPostingLd): string {
  return `<script type="application/ld+json">\n${scriptSafeJson(ld)}\n</script>`;
}
