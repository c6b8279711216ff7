/**
 * Gendered nouns and pronouns, with gender-neutral alternatives.
 *
 * Sources: the "gendered word" and "gendered pronoun" triggers of joblint
 * (github.com/rowanmanning/joblint, as summarised in
 * ../shared/wordlists/joblint-triggers.md), the gendered-terms lists of alex /
 * retext-equality (github.com/retextjs/retext-equality) and the UK civil
 * service's and APA's guidance on gender-neutral job titles. Chosen and
 * narrowed by us for job ads:
 * - not flagged at all: "women", "men", "female", "male", "girls" and the
 *   like, which EEO statements and programmes ("Women in Tech", "Girls Who
 *   Code") use for good reasons; joblint flags them and that is its noisiest
 *   rule;
 * - "he", "she", "his", "her" on their own only when they stand for the
 *   generic hire (see generic-antecedent.ts), never in quotations or as a
 *   name ("Jia He");
 * - pronoun pairs ("he/she", "his or her") always: they assume two genders;
 *   pronoun badges ("she/her", "he/him") are not pairs and are not flagged.
 */

import { followsGenericPerson } from '../generic-antecedent.js';
import type { InclusivePhrase, MatchInContext } from '../phrase-check.js';

const NOUN = 'is a gendered word: it tells readers the job is meant for men, and research shows women are then less likely to apply.';
const GROUP = 'addresses people as men; women and non-binary readers feel the message is not for them.';
const PAIR = 'assumes everyone is a man or a woman, and reads heavily; “they” is standard English for one person whose gender you don’t know.';
const PRONOUN = 'assumes the person you hire will be of one gender; “they” (or “you”, speaking to the reader) fits everyone.';
const IDIOM = 'is a gendered idiom; a neutral phrase says the same without assuming the person is a man.';

const writtenInLowerCase = ({ text, start }: MatchInContext): boolean => /^\p{Ll}/u.test(text.slice(start, start + 1));

function nouns(pairs: readonly (readonly [string, readonly string[]])[]): InclusivePhrase[] {
  return pairs.map(([phrase, alternatives]) => ({ phrases: [phrase], alternatives, reason: NOUN }));
}

const GENDERED_NOUNS: InclusivePhrase[] = [
  { phrases: ['you guys'], alternatives: ['you all', 'everyone'], reason: GROUP },
  { phrases: ['hey guys', 'hi guys'], alternatives: ['hi everyone', 'hi all'], reason: GROUP },
  { phrases: ['guys'], alternatives: ['everyone', 'folks', 'people'], reason: GROUP },
  { phrases: ['the right guy', 'the best guy'], alternatives: ['the right person'], reason: NOUN },
  { phrases: ['a guy who', 'the guy who'], alternatives: ['someone who'], reason: NOUN, skipNames: true },
  ...nouns([
    ['salesman', ['salesperson', 'sales representative']],
    ['salesmen', ['salespeople', 'sales representatives']],
    ['saleswoman', ['salesperson', 'sales representative']],
    ['saleswomen', ['salespeople', 'sales representatives']],
    ['salesmanship', ['sales skills', 'selling skills']],
    ['chairman', ['chair', 'chairperson']],
    ['chairmen', ['chairs', 'chairpeople']],
    ['chairwoman', ['chair', 'chairperson']],
    ['businessman', ['businessperson', 'business owner']],
    ['businessmen', ['businesspeople', 'business owners']],
    ['businesswoman', ['businessperson', 'business owner']],
    ['businesswomen', ['businesspeople', 'business owners']],
    ['spokesman', ['spokesperson']],
    ['spokesmen', ['spokespeople']],
    ['spokeswoman', ['spokesperson']],
    ['foreman', ['supervisor']],
    ['foremen', ['supervisors']],
    ['middleman', ['intermediary', 'go-between']],
    ['middlemen', ['intermediaries']],
    ['craftsman', ['craftsperson', 'artisan']],
    ['craftsmen', ['craftspeople', 'artisans']],
    ['craftsmanship', ['craft', 'skill']],
    ['workman', ['worker']],
    ['workmen', ['workers']],
    ['repairman', ['repair technician']],
    ['repairmen', ['repair technicians']],
    ['handyman', ['maintenance technician', 'handyperson']],
    ['handymen', ['maintenance technicians']],
    ['cameraman', ['camera operator']],
    ['cameramen', ['camera operators']],
    ['fireman', ['firefighter']],
    ['firemen', ['firefighters']],
    ['policeman', ['police officer']],
    ['policemen', ['police officers']],
    ['deliveryman', ['delivery driver', 'courier']],
    ['deliverymen', ['delivery drivers', 'couriers']],
    ['doorman', ['door attendant']],
    ['cleaning lady', ['cleaner']],
    ['cleaning ladies', ['cleaners']],
    ['waitress', ['server']],
    ['waitresses', ['servers']],
    ['stewardess', ['flight attendant']],
    ['stewardesses', ['flight attendants']],
    ['headmaster', ['head teacher']],
    ['headmistress', ['head teacher']],
    ['freshman', ['first-year']],
    ['freshmen', ['first-years']],
  ]),
  // Lower case only: Postman is an API tool and GNU Mailman a mailing-list
  // manager, both named in tech ads, often at the start of a list item.
  { phrases: ['postman', 'mailman'], alternatives: ['mail carrier'], reason: NOUN, when: writtenInLowerCase },
  { phrases: ['postmen', 'mailmen'], alternatives: ['mail carriers'], reason: NOUN, when: writtenInLowerCase },
  { phrases: ['manpower'], alternatives: ['workforce', 'staff', 'people'], reason: NOUN },
  { phrases: ['man-hour'], alternatives: ['person-hour', 'work hour'], reason: NOUN, skipNames: true },
  { phrases: ['man-hours'], alternatives: ['person-hours', 'work hours'], reason: NOUN, skipNames: true },
  { phrases: ['man-days'], alternatives: ['person-days', 'working days'], reason: NOUN, skipNames: true },
  // "The Mythical Man-Month" is a book title: skipNames leaves it alone.
  { phrases: ['man-months'], alternatives: ['person-months'], reason: NOUN, skipNames: true },
  { phrases: ['mankind'], alternatives: ['humanity', 'humankind'], reason: NOUN },
  { phrases: ['man-made'], alternatives: ['artificial', 'human-made'], reason: NOUN },
  { phrases: ['man the'], alternatives: ['staff the'], reason: IDIOM, onlyIfFollowedBy: /^\s+(?:phones?|desk|booth|stand|front desk|counter|helpdesk|help desk|station)\b/i },
  { phrases: ['manning the'], alternatives: ['staffing the'], reason: IDIOM, onlyIfFollowedBy: /^\s+(?:phones?|desk|booth|stand|front desk|counter|helpdesk|help desk|station)\b/i },
  { phrases: ['right-hand man'], alternatives: ['right hand', 'trusted deputy'], reason: IDIOM },
  { phrases: ["gentleman's agreement", "gentlemen's agreement"], alternatives: ['informal agreement'], reason: IDIOM },
  { phrases: ['one-man band', 'one-man show'], alternatives: ['one-person team'], reason: IDIOM },
  { phrases: ['the best man for the job', 'the right man for the job', 'the man for the job'], alternatives: ['the best person for the job'], reason: IDIOM },
  { phrases: ["layman's terms"], alternatives: ['plain language', 'everyday terms'], reason: IDIOM },
  { phrases: ['layman', 'laymen'], alternatives: ['non-specialist'], reason: NOUN },
  { phrases: ['sportsmanship'], alternatives: ['fair play'], reason: NOUN },
];

const THEY_AGREEMENT: readonly (readonly [string, string])[] = [
  ['is', 'are'],
  ['was', 'were'],
  ['has', 'have'],
  ['does', 'do'],
  ["isn't", "aren't"],
  ["wasn't", "weren't"],
  ["hasn't", "haven't"],
  ["doesn't", "don't"],
];

const SUBJECT_PAIRS = ['he/she', 'she/he', 's/he', '(s)he', 'he or she', 'she or he', 'he/she/they'];

/** "he/she" → "they", and "he or she is" → "they are": the verb after the pair agrees. */
const PRONOUN_PAIRS: InclusivePhrase[] = [
  ...THEY_AGREEMENT.map(([verb, plural]): InclusivePhrase => ({
    phrases: SUBJECT_PAIRS.map((pair) => `${pair} ${verb}`),
    alternatives: [`they ${plural}`],
    reason: PAIR,
  })),
  { phrases: SUBJECT_PAIRS, alternatives: ['they'], reason: PAIR },
  { phrases: ['his/her', 'her/his', 'his or her', 'her or his'], alternatives: ['their'], reason: PAIR },
  { phrases: ['his/hers', 'hers/his', 'his or hers', 'hers or his'], alternatives: ['theirs'], reason: PAIR },
  { phrases: ['him/her', 'her/him', 'him or her', 'her or him'], alternatives: ['them'], reason: PAIR },
  { phrases: ['himself/herself', 'herself/himself', 'himself or herself', 'herself or himself', 'him/herself'], alternatives: ['themselves'], reason: PAIR },
];

/** A lone pronoun standing for the generic hire: not a name, not in a quotation, after "the successful candidate" or the like. */
function genericPronoun(phrases: readonly string[], alternatives: readonly string[]): InclusivePhrase {
  return {
    phrases,
    alternatives,
    reason: PRONOUN,
    // A capital mid-sentence is a name ("Dr. Jia He"), never the pronoun.
    skipCapitalised: true,
    skipQuotations: true,
    when: ({ document, text, start }) => followsGenericPerson(document, text, start),
  };
}

const GENERIC_PRONOUNS: InclusivePhrase[] = [
  ...THEY_AGREEMENT.map(([verb, plural]) => genericPronoun([`he ${verb}`, `she ${verb}`], [`they ${plural}`, `you ${plural}`])),
  genericPronoun(["he's", "she's"], ["they're", "you're"]),
  genericPronoun(["he'll", "she'll"], ["they'll", "you'll"]),
  genericPronoun(["he'd", "she'd"], ["they'd", "you'd"]),
  genericPronoun(['he', 'she'], ['they', 'you']),
  genericPronoun(['him'], ['them', 'you']),
  genericPronoun(['his'], ['their', 'your']),
  genericPronoun(['her'], ['their', 'them']),
  genericPronoun(['himself', 'herself'], ['themselves', 'yourself']),
];

export const GENDERED_TERMS: readonly InclusivePhrase[] = [...GENDERED_NOUNS, ...PRONOUN_PAIRS, ...GENERIC_PRONOUNS];
