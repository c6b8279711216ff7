/**
 * Pay-transparency laws: which places require the pay in the job posting,
 * from when, under which law, and what else the posting must state. The data
 * lives in pay-laws.json, each entry with the page it was checked against and
 * the day. Dates are the day the posting requirement took (or takes) effect;
 * an entry marked `uncertain` has a start date not pinned down to the day,
 * and messages then give the month only. Editorial help, not legal advice.
 */
import payLawData from './pay-laws.json' with { type: 'json' };

/** What the law requires of a job posting. */
export type PayDisclosure =
  /** The range goes in the posting itself. */
  | 'posting'
  /** The range must reach applicants before the interview, in the vacancy notice or otherwise (EU). */
  | 'before-interview'
  /** The pay scale must be given when an applicant asks (after a conditional offer); not in the posting. */
  | 'on-request';

export interface PayTransparencyLaw {
  /** ISO 3166-2 style code: "US-CO", cities below their state: "US-NY-NYC". */
  code: string;
  /** Other spellings accepted in `.posting-desk.toml` ("US-NYC", "NYC"). */
  aliases: string[];
  /** The place, as a person would name it. */
  place: string;
  /** The law, short, as it reads after "In Colorado, ". */
  law: string;
  disclosure: PayDisclosure;
  /** ISO date the requirement applies from. */
  since: string;
  /** The day is not certain: messages give the month only. */
  uncertain?: boolean;
  /** Who is covered, in short. */
  covers: string;
  /** A jurisdiction whose law also applies here (a city's state). */
  within?: string;
}

/** What else some laws require a posting to state. */
export interface PayLawRequirements {
  /** A general description of the benefits and other compensation. */
  benefits?: boolean;
  /** The date the application window is expected to close (Colorado). */
  applicationDeadline?: boolean;
  /** The widest a stated range may be (Ontario), unless the pay is above `exemptAbove`. */
  maxRangeWidth?: { amount: number; currency: string; period: 'year'; exemptAbove?: number };
}

export interface PayLawRecord extends PayTransparencyLaw {
  requires?: PayLawRequirements;
  /** The page this entry was last checked against. */
  source: string;
  /** ISO date of that check. */
  checked: string;
  note?: string;
}

/** The laws, from pay-laws.json (data, so that updating a law is not a code change). */
export const PAY_TRANSPARENCY_LAWS: readonly PayLawRecord[] = (payLawData as { laws: PayLawRecord[] }).laws;

function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s_]+/g, '-');
}

const BY_CODE = new Map<string, PayLawRecord>();
for (const law of PAY_TRANSPARENCY_LAWS) {
  for (const code of [law.code, ...law.aliases]) BY_CODE.set(normalizeCode(code), law);
}

/** The law of a jurisdiction code ("US-CO", "us_nyc", "DE"), if we know one. */
export function findPayLaw(code: string): PayLawRecord | undefined {
  return BY_CODE.get(normalizeCode(code));
}

/** A jurisdiction's law and the laws of the places it lies within (a city's state). */
export function payLawsFor(code: string): PayLawRecord[] {
  const laws: PayLawRecord[] = [];
  for (let law = findPayLaw(code); law !== undefined && !laws.includes(law); law = law.within === undefined ? undefined : findPayLaw(law.within)) {
    laws.push(law);
  }
  return laws;
}

/** Whether the law applies on `today` (ISO date). */
export function isInForce(law: PayTransparencyLaw, today: string): boolean {
  return law.since <= today;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "January 1, 2021", or "September 2027" when the day is uncertain. */
export function formatLawDate(law: PayTransparencyLaw): string {
  const [year, month, day] = law.since.split('-').map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1] ?? '';
  return law.uncertain ? `${monthName} ${year}` : `${monthName} ${day}, ${year}`;
}
