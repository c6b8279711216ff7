import type { LintDocument, Rule } from '../../types.js';
import { findFieldByKey } from './detail-fields.js';

const LOCATION_KEYS = new Set([
  'location', 'locations', 'joblocation', 'joblocations', 'worklocation', 'officelocation', 'officelocations',
  'city', 'cities', 'country', 'countries', 'region', 'regions', 'office', 'offices', 'address',
  'remote', 'remotepolicy', 'remoteok', 'isremote', 'onsite', 'hybrid',
  'workplace', 'workplacetype', 'joblocationtype', 'workmode', 'worksetting', 'workarrangement', 'workmodel',
]);

// "remote" in these is about software, not about where people work.
const NOT_WORKPLACE_REMOTE = /^\s*(?:sensing|procedure|control|server|servers|repositor|access|desktop|debugging|api|host|branch|machine|monitoring|management|execution|cache)/i;

const WORKPLACE_WORDS: RegExp[] = [
  /\bremote(?:ly)?\b/gi,
  /\bhybrid\b(?!\s+(?:cloud|app|apps|mobile|approach|model(?:ing|s)?\b(?!\s+of\s+work)))/gi,
  /\bon-?site\b/gi,
  /\bin[- ](?:the[- ])?office\b/gi,
  /\bin[- ]person\b/gi,
  /\bwork(?:ing)?\s+from\s+(?:home|anywhere)\b/gi,
  /\bWFH\b/g,
  /\b(?:located|live|living|based|be)\s+anywhere\b/gi,
  /\b(?:fully|completely|globally|internationally|geographically|100%)\s+distributed\b/gi,
  /\bdistributed\s+(?:team|company|workforce|organi[sz]ation)\b/gi,
  /\blocation\s*:/gi,
  /\b(?:based|located|headquartered)\s+in\s+(?:the\s+)?\p{Lu}/gu,
  // "our Berlin office", "working in a D.C. newsroom", "the Leeds clinic".
  /\b(?:our|the|a|an)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?\s+(?:office|offices|headquarters|HQ|studio|campus|newsroom|lab|laboratory|clinic|hospital|branch|store|warehouse|hub)\b/gu,
  /\boffices?\s+in\s+\p{Lu}/gu,
];

// Countries by their English names, for "Brisbane, Australia", "Germany / Berlin", "in northern Germany".
const COUNTRIES = String.raw`(?:Argentina|Australia|Austria|Belgium|Brazil|Bulgaria|Canada|Chile|China|Colombia|Croatia|Cyprus|Czechia|Czech Republic|Denmark|Egypt|England|Estonia|Finland|France|Germany|Ghana|Greece|Hong Kong|Hungary|Iceland|India|Indonesia|Ireland|Israel|Italy|Japan|Kenya|Latvia|Lithuania|Luxembourg|Malaysia|Malta|Mexico|Netherlands|New Zealand|Nigeria|Northern Ireland|Norway|Pakistan|Peru|Philippines|Poland|Portugal|Romania|Scotland|Serbia|Singapore|Slovakia|Slovenia|South Africa|South Korea|Spain|Sweden|Switzerland|Taiwan|Thailand|Turkey|Ukraine|United Arab Emirates|United Kingdom|United States|UK|USA|Vietnam|Wales)`;
const PLACE_PATTERNS: RegExp[] = [
  // "Brisbane, Australia", "Toronto, Canada"; "Germany / Berlin" (a slash, perhaps written as an entity, blanked in the prose).
  new RegExp(String.raw`\b\p{Lu}[\p{L}.'’-]+,\s+${COUNTRIES}\b`, 'gu'),
  new RegExp(String.raw`\b${COUNTRIES}\s*(?:\/|\s{2,}|-|–)\s*\p{Lu}[\p{L}-]+`, 'gu'),
  // "a developer in northern Germany", "for Brisbane", "near Dublin": a place after in/for/near, with a direction.
  new RegExp(String.raw`\b(?:in|for|near|across)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|greater|rural|downtown)\s+)${COUNTRIES}\b`, 'giu'),
  // "the University of Melbourne’s Parkville campus".
  /\b\p{Lu}[\p{L}-]+(?:’s|'s)?\s+(?:\p{Lu}[\p{L}-]+\s+)?campus\b/gu,
  // A residency requirement or a move: "New York City residency is required", "must live within", "relocate to Chicago".
  /\bresidency\b[^.\n]{0,40}\brequired\b|\bmust\s+(?:live|reside)\s+(?:in|within|near)\b|\brelocat(?:e|ion)\s+to\s+\p{Lu}/giu,
  // Postal addresses: Canadian ("T6G 2E1"), British ("SW1P 4RG") and US ("NY 10007") codes.
  /\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b/g,
];

/** Whether the text says where the work is done, or that it is remote. */
function mentionsWorkplace(prose: string): boolean {
  for (const pattern of WORKPLACE_WORDS) {
    for (const match of prose.matchAll(new RegExp(pattern.source, pattern.flags))) {
      if (/^remote/i.test(match[0]) && NOT_WORKPLACE_REMOTE.test(prose.slice(match.index + match[0].length))) continue;
      return true;
    }
  }
  return PLACE_PATTERNS.some((pattern) => new RegExp(pattern.source, pattern.flags).test(prose));
}

function hasLocationDetail(document: LintDocument): boolean {
  return findFieldByKey(document, (key) => LOCATION_KEYS.has(key)) !== undefined;
}

export const locationRule: Rule = {
  meta: {
    id: 'location',
    family: 'completeness',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'location',
    description: 'The posting says where the work is done, or that it is remote.',
    docs: [
      'Where the job is, and whether it is on-site, hybrid or remote, is one of the first things applicants look for,',
      'and job boards need it to list the posting. Give it in the details (location, city, country, remote, workplace, …)',
      'or in the text ("Location: Berlin, hybrid", "This is a fully remote role", "based in Toronto").',
    ].join('\n'),
  },
  check(document) {
    const title = document.field('title');
    const titleText = title?.value.type === 'string' ? title.value.value : '';
    // "Data Engineer (Remote)": the title counts too.
    if (hasLocationDetail(document) || mentionsWorkplace(document.prose) || mentionsWorkplace(titleText)) return [];
    return [
      {
        message: 'No location or remote policy in the details or the text. Say where the work is done (city, country) and whether it is on-site, hybrid or remote.',
        start: 0,
        end: 0,
      },
    ];
  },
};
