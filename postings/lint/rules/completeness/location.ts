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
  /\b(?:our|the)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:office|offices|headquarters|HQ|studio|campus)\b/gu,
  /\boffices?\s+in\s+\p{Lu}/gu,
];

/** Whether the text says where the work is done, or that it is remote. */
function mentionsWorkplace(prose: string): boolean {
  for (const pattern of WORKPLACE_WORDS) {
    for (const match of prose.matchAll(new RegExp(pattern.source, pattern.flags))) {
      if (/^remote/i.test(match[0]) && NOT_WORKPLACE_REMOTE.test(prose.slice(match.index + match[0].length))) continue;
      return true;
    }
  }
  return false;
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
