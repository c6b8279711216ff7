/**
 * Wording that asks for an age rather than a skill.
 *
 * Sources: the US EEOC's regulation on job advertisements under the Age
 * Discrimination in Employment Act (29 CFR 1625.4: "young", "recent college
 * graduate", "age 25 to 35" as examples of terms that deter older workers;
 * see also Kleber v. CareFusion, 7th Cir. 2019, on an ad asking for "no more
 * than 7 years" of experience), the UK
 * Equality and Human Rights Commission's guidance on job adverts, and alex /
 * retext-equality. Narrowed by us: "young" only about staff ("young team",
 * "young engineers"), not about a company, a project or the people a
 * charity serves ("young people", "young carers");
 * "energetic" alone is not flagged (too common, and fine on its own), only
 * beside "young"; "3+ years" and ranges are experience levels, not age
 * limits; a minimum age ("at least 18") is often a legal requirement;
 * recent graduates welcomed beside everyone else ("recent graduates are
 * welcome to apply", "open to recent graduates", "including recent
 * graduates") limits no one: only asking for them ("we are hiring recent
 * grads", "you are a recent graduate") is flagged.
 */

import type { InclusivePhrase } from '../phrase-check.js';

const AGE = 'describes age, not skill: older applicants read it as “not you”, and age preferences in job ads are unlawful in many places (US ADEA, UK Equality Act 2010, EU Directive 2000/78/EC).';
const PROXY = 'asks for a stage of life, not a skill: it shuts out career changers and older applicants, and age preferences in job ads are unlawful in many places (US ADEA, UK Equality Act 2010, EU Directive 2000/78/EC).';
const CAP = 'caps experience, which screens out older applicants and can count as age discrimination (a US court case turned on “no more than 7 years”). Describe the level of the role instead, e.g. “early-career” or “mid-level”.';
const LIMIT = 'sets an age limit: unless the law requires it, this is age discrimination. Describe the skills and level of the role instead.';

// "young" is only flagged about the staff: "young engineers", "a young,
// motivated team". A young company, ecosystem or project is fine, and so are
// "young people", "young carers" and the like, whom charities and schools
// serve and say so.
const STAFF = String.raw`(?:team|teams|professionals?|talent|engineers?|developers?|designers?|programmers?|analysts?|marketers?|candidates?|individuals?|graduates?|grads|staff|workforce|employees?|colleagues?|crew|hires?|applicants?|recruits?|workers?|salespeople|sales\s+reps?|members|m[ae]n|wom[ae]n|guys|gals|folks|minds|blood)`;
const ABOUT_STAFF = new RegExp(String.raw`^(?:[\s,]+(?:and\s+)?(?!people\b|persons?\b)[\p{L}-]+){0,2}[\s,-]+${STAFF}\b`, 'iu');

const EXPERIENCE_FOLLOWS = /^(?:['’]|\s)*(?:of\s+)?(?:[\p{L}-]+\s+){0,2}(?:experience|exp\b|in\s+(?:the|a|an|this|similar|related)\b|working\b)/iu;

// Welcoming recent graduates among others, before or after the words.
const WELCOMED_AFTER = /^[\s,!]*(?:(?:are|is)\s+)?(?:also\s+|very\s+|most\s+|more\s+than\s+|equally\s+)?(?:welcome[ds]?|encouraged|invited|eligible|considered)\b|^\s+(?:may|can|should)\s+also\s+apply\b/i;
const WELCOMED_BEFORE =
  /(?:\bwelcomes?|\bwelcoming|\bencourag(?:e|es|ing)|\binvit(?:e|es|ing)|\bincluding|\bopen\s+to|\bas\s+well\s+as|\balso|\bor\s+even)\s+(?:applications\s+from\s+|applicants\s+(?:who\s+are\s+)?)?(?:all\s+|other\s+)?$/i;
const recentGraduates = { reason: PROXY, unlessFollowedBy: WELCOMED_AFTER, unlessPrecededBy: WELCOMED_BEFORE };

export const AGE_WORDING: readonly InclusivePhrase[] = [
  { phrases: ['young and dynamic', 'young, dynamic'], alternatives: ['dynamic'], reason: AGE },
  { phrases: ['young and energetic', 'young, energetic', 'energetic young', 'energetic and young'], alternatives: ['enthusiastic'], reason: AGE },
  { phrases: ['young team'], alternatives: ['growing team', 'friendly team'], reason: AGE },
  { phrases: ['young professional'], alternatives: ['early-career professional'], reason: AGE },
  { phrases: ['young professionals'], alternatives: ['early-career professionals'], reason: AGE },
  { phrases: ['young talent'], alternatives: ['new talent', 'early-career talent'], reason: AGE },
  { phrases: ['young blood', 'fresh blood'], alternatives: ['new talent', 'fresh perspectives'], reason: AGE },
  { phrases: ['young at heart'], alternatives: ['curious', 'open-minded'], reason: AGE },
  // A capital mid-sentence is a name (Neil Young, Ernst & Young).
  { phrases: ['young'], alternatives: ['early-career'], reason: AGE, skipCapitalised: true, onlyIfFollowedBy: ABOUT_STAFF },
  { phrases: ['youthful energy'], alternatives: ['enthusiasm'], reason: AGE },
  { phrases: ['youthful'], alternatives: ['lively', 'enthusiastic'], reason: AGE },
  { phrases: ['a digital native'], alternatives: ['fluent with digital tools', 'comfortable with digital tools'], reason: PROXY },
  { phrases: ['digital natives'], alternatives: ['people fluent with digital tools'], reason: PROXY },
  // "digital-native brands" (DNVBs) is a retail term, not a person.
  { phrases: ['digital native', 'digitally native'], alternatives: ['digitally fluent'], reason: PROXY, unlessFollowedBy: /^[\s-]+(?:brands?|compan(?:y|ies)|businesse?s?|retailers?|banks?|start-?ups?|vertical)\b/i },
  { phrases: ['a recent graduate', 'a recent grad', 'a recent college graduate', 'a recent university graduate', 'a new grad', 'a new graduate', 'a fresh graduate'], alternatives: ['an entry-level candidate', 'an early-career candidate'], ...recentGraduates },
  { phrases: ['recent graduates', 'recent grads', 'recent college graduates', 'recent university graduates', 'new grads', 'new graduates', 'fresh graduates'], alternatives: ['entry-level candidates', 'early-career candidates'], ...recentGraduates },
  { phrases: ['recent graduate', 'recent grad', 'recent college graduate', 'recent university graduate', 'new grad', 'new graduate', 'fresh graduate'], alternatives: ['entry-level'], ...recentGraduates },
  { phrases: ['fresh out of college', 'fresh out of university', 'fresh out of school', 'straight out of college', 'straight out of university', 'straight out of school'], alternatives: ['early in your career'], reason: PROXY },
  {
    phrases: ['no more than {n} years', 'not more than {n} years', 'at most {n} years', 'a maximum of {n} years', 'maximum of {n} years', 'max {n} years', 'max. {n} years', 'up to a maximum of {n} years'],
    alternatives: [],
    reason: CAP,
    onlyIfFollowedBy: EXPERIENCE_FOLLOWS,
  },
  { phrases: ["{n} years' experience maximum", '{n} years experience maximum', '{n} years of experience maximum', "{n} years' experience max", '{n} years experience max', '{n} years of experience max'], alternatives: [], reason: CAP },
  {
    phrases: ['between the ages of', 'aged between', 'aged {n} to {n}', 'aged {n}-{n}', 'younger than {n}', 'not older than {n}', 'no older than {n}'],
    alternatives: [],
    reason: LIMIT,
    // The ages of the people a service is for ("children aged 5-11") are not a limit on applicants.
    unlessPrecededBy: /(?:children|kids|pupils|students|young people|teenagers|patients|clients|users|learners|participants|members)\s+$/i,
  },
];
