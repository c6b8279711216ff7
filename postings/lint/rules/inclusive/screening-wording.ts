import { displayedText } from '../../text/displayed-text.js';
import { quote } from '../../text/quote.js';
import type { Report, Rule } from '../../types.js';

/**
 * Blanket criminal-record exclusions: the ad itself tells people with a record
 * not to apply. A background check after an offer is another matter, and a
 * driving record is not a criminal record.
 */
const RECORD_EXCLUSIONS = [
  /\bno\s+(?:felons|felonies|felony\s+convictions|convictions|criminal\s+(?:records?|history|convictions?))\b/gi,
  /\b(?:a\s+)?clean\s+(?:criminal\s+)?(?:record|background)(?!\s*(?:check\s+)?(?:after|once|following))\b(?<!\bdriving\s+record)/gi,
  /\b(?:must|should)\s+(?:not\s+have|have\s+no)\s+(?:a\s+)?(?:criminal\s+(?:record|history|convictions?)|felon(?:y|ies)|convictions?)\b/gi,
  /\b(?:without|free\s+of)\s+(?:a\s+|any\s+)?(?:criminal\s+(?:record|history|convictions?)|felon(?:y|ies))\b/gi,
  /\bnever\s+(?:have\s+|having\s+)?(?:been\s+)?(?:convicted|arrested)\b/gi,
];

/** "Must be a U.S. citizen", "US citizens only", "citizenship required". */
const CITIZENSHIP_DEMANDS = [
  /\b(?:must|should|need\s+to|required\s+to)\s+(?:be|hold)\s+(?:an?\s+)?(?:U\.?S\.?|American|British|UK|Canadian|Australian|EU)\s+(?:citizen|national)s?(?:ship)?\b/gi,
  /\b(?:U\.?S\.?|American|British|UK|Canadian|Australian|EU)\s+citizens?\s+only\b/gi,
  /\b(?:U\.?S\.?|American|British|UK|Canadian|Australian|EU)?\s*citizenship\s+(?:is\s+)?(?:required|mandatory|a\s+must)\b/gi,
];
// Where the law or the work itself asks for citizenship (clearances, public service, export control), the demand stands.
const CITIZENSHIP_REQUIRED_BY_WORK = /\b(?:security\s+clearance|clearance|public\s+trust|federal|government|civil\s+service|ITAR|EAR|export[- ]control(?:led)?|classified|national\s+security|SC\s+clearance|DV\s+clearance|baseline\s+clearance)\b/i;
// "citizen or permanent resident", "citizenship (or residency papers)": other ways to qualify, so no blanket demand.
const ALTERNATIVE = /^[^.\n]{0,20}\bor\b[^.\n]{0,40}\b(?:resident|residency|work\s+permit|authori[sz]ed|authori[sz]ation|visa|national)/i;

export const screeningWording: Rule = {
  meta: {
    id: 'screening-wording',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'screening-wording',
    description: 'Blanket criminal-record exclusions and citizenship demands that job ads may not make.',
    docs: [
      'Fair-chance laws forbid job ads that shut out everyone with a record: New York City’s Fair Chance Act',
      '(Local Law 63 of 2015, NYC Admin. Code § 8-107(11-a)) bars ads stating limits based on arrest or conviction records,',
      'California’s Fair Chance Act (Gov. Code § 12952) bars statements that people with a criminal history will not be',
      'considered, and Illinois, Washington State and others have similar laws; a lawful background check after an offer',
      'stays allowed. In the US, demanding citizenship where no law, regulation or government contract requires it is',
      'citizenship-status discrimination (8 U.S.C. § 1324b); ask for the right to work instead. Postings that name a',
      'security clearance, government or export control work, or that offer residence or a work permit as an',
      'alternative, are not flagged. A driving record is not a criminal record.',
    ].join(' '),
  },
  check(document) {
    const text = displayedText(document);
    const reports: Report[] = [];
    for (const pattern of RECORD_EXCLUSIONS) {
      for (const match of text.matchAll(pattern)) {
        if (/driving/i.test(text.slice(Math.max(0, match.index - 12), match.index + match[0].length))) continue;
        reports.push({
          message: `${quote(match[0].trim())} shuts out everyone with a record; fair-chance laws (New York City, California and others) forbid this in job ads. Say instead that a background check follows an offer, if one does.`,
          start: match.index,
          end: match.index + match[0].length,
        });
      }
    }
    if (!CITIZENSHIP_REQUIRED_BY_WORK.test(text)) {
      for (const pattern of CITIZENSHIP_DEMANDS) {
        for (const match of text.matchAll(pattern)) {
          if (ALTERNATIVE.test(text.slice(match.index + match[0].length, match.index + match[0].length + 80))) continue;
          const found = match[0].trim();
          const start = match.index + match[0].indexOf(found);
          reports.push({
            message: `${quote(found)} demands citizenship, which only a law, regulation or government contract can require (in the US, 8 U.S.C. § 1324b). Ask for the right to work (“You must be authorized to work in …”) instead.`,
            start,
            end: start + found.length,
          });
        }
      }
    }
    // Of overlapping finds ("must have no criminal record", "no criminal record"), the longest.
    const sorted = reports.sort((a, b) => a.start - b.start || b.end - a.end);
    return sorted.filter((report, index) => !sorted.slice(0, index).some((other) => other.start <= report.start && report.end <= other.end));
  },
};
