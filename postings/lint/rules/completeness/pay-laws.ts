/**
 * Pay-transparency laws: which places require the pay in the job posting,
 * from when, and under which law. The pay-range rule names the configured
 * default jurisdiction's law in its message.
 *
 * Dates are the day the posting requirement took (or takes) effect, checked
 * against the laws' texts and official guidance as of late 2025. Entries
 * marked `uncertain` have a start date we could not pin down to the day
 * (or whose requirement may have been amended); the message then says
 * "around" and the comment says what is unsure. This is editorial help, not
 * legal advice: who is covered (employer size, remote roles) varies.
 */

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

export const PAY_TRANSPARENCY_LAWS: readonly PayTransparencyLaw[] = [
  {
    code: 'US-CO',
    aliases: ['CO', 'COLORADO'],
    place: 'Colorado',
    law: 'the Equal Pay for Equal Work Act',
    disclosure: 'posting',
    since: '2021-01-01',
    covers: 'employers with at least one employee in Colorado, including remote jobs open to Coloradans',
  },
  {
    code: 'US-CA',
    aliases: ['CALIFORNIA'],
    place: 'California',
    law: 'Labor Code § 432.3 (SB 1162)',
    disclosure: 'posting',
    since: '2023-01-01',
    covers: 'employers with 15 or more employees',
  },
  {
    code: 'US-WA',
    aliases: ['WASHINGTON'],
    place: 'Washington State',
    law: 'the Equal Pay and Opportunities Act (RCW 49.58.110)',
    disclosure: 'posting',
    since: '2023-01-01',
    covers: 'employers with 15 or more employees',
  },
  {
    code: 'US-NY',
    aliases: ['NEW-YORK', 'NYS'],
    place: 'New York State',
    law: 'Labor Law § 194-b',
    disclosure: 'posting',
    since: '2023-09-17',
    covers: 'employers with 4 or more employees',
  },
  {
    code: 'US-NY-NYC',
    aliases: ['US-NYC', 'NYC', 'NEW-YORK-CITY'],
    place: 'New York City',
    law: 'Local Law 32 of 2022 (NYC Human Rights Law)',
    disclosure: 'posting',
    since: '2022-11-01',
    covers: 'employers with 4 or more employees',
    within: 'US-NY',
  },
  {
    code: 'US-NY-ITH',
    aliases: ['ITHACA'],
    place: 'Ithaca',
    law: 'the city’s pay transparency law',
    disclosure: 'posting',
    since: '2022-09-01',
    covers: 'employers with 4 or more employees',
    within: 'US-NY',
  },
  {
    code: 'US-NY-WES',
    aliases: ['WESTCHESTER', 'US-NY-WESTCHESTER'],
    place: 'Westchester County',
    law: 'the county’s Human Rights Law',
    disclosure: 'posting',
    since: '2022-11-06',
    covers: 'employers with 4 or more employees',
    within: 'US-NY',
  },
  {
    code: 'US-NJ-JC',
    aliases: ['JERSEY-CITY', 'US-NJ-JERSEY-CITY'],
    place: 'Jersey City',
    // Ordinance 22-026, adopted in spring 2022; sources give its effective
    // date as April 2022 (some say April 13, some April 14): month only.
    law: 'Ordinance 22-026',
    disclosure: 'posting',
    since: '2022-04-14',
    uncertain: true,
    covers: 'employers with 5 or more employees',
    within: 'US-NJ',
  },
  {
    code: 'US-OH-CIN',
    aliases: ['CINCINNATI'],
    place: 'Cincinnati',
    // A salary-history ban: the pay scale is owed on request after a
    // conditional offer, not in the posting.
    law: 'the salary history ordinance (Ordinance 83-2019)',
    disclosure: 'on-request',
    since: '2020-03-13',
    covers: 'employers with 15 or more employees',
  },
  {
    code: 'US-OH-TOL',
    aliases: ['TOLEDO'],
    place: 'Toledo',
    // Like Cincinnati: pay scale on request after a conditional offer.
    law: 'the salary history ordinance',
    disclosure: 'on-request',
    since: '2020-06-25',
    covers: 'employers with 15 or more employees',
  },
  {
    code: 'US-HI',
    aliases: ['HAWAII'],
    place: 'Hawaii',
    law: 'Act 203 of 2023',
    disclosure: 'posting',
    since: '2024-01-01',
    covers: 'employers with 50 or more employees',
  },
  {
    code: 'US-DC',
    aliases: ['DC', 'WASHINGTON-DC'],
    place: 'the District of Columbia',
    law: 'the Wage Transparency Omnibus Amendment Act of 2023',
    disclosure: 'posting',
    since: '2024-06-30',
    covers: 'employers with 1 or more employees',
  },
  {
    code: 'US-MD',
    aliases: ['MARYLAND'],
    place: 'Maryland',
    law: 'Labor and Employment § 3-304.2 (SB 525 of 2024)',
    disclosure: 'posting',
    since: '2024-10-01',
    covers: 'all employers',
  },
  {
    code: 'US-IL',
    aliases: ['ILLINOIS'],
    place: 'Illinois',
    law: 'the Equal Pay Act as amended by HB 3129',
    disclosure: 'posting',
    since: '2025-01-01',
    covers: 'employers with 15 or more employees',
  },
  {
    code: 'US-MN',
    aliases: ['MINNESOTA'],
    place: 'Minnesota',
    law: 'Minn. Stat. § 181.173',
    disclosure: 'posting',
    since: '2025-01-01',
    covers: 'employers with 30 or more employees in Minnesota',
  },
  {
    code: 'US-NJ',
    aliases: ['NEW-JERSEY'],
    place: 'New Jersey',
    law: 'S2310 of 2024',
    disclosure: 'posting',
    since: '2025-06-01',
    covers: 'employers with 10 or more employees',
  },
  {
    code: 'US-VT',
    aliases: ['VERMONT'],
    place: 'Vermont',
    law: 'Act 155 of 2024 (H.704)',
    disclosure: 'posting',
    since: '2025-07-01',
    covers: 'employers with 5 or more employees',
  },
  {
    code: 'US-OH-CLE',
    aliases: ['CLEVELAND'],
    place: 'Cleveland',
    // Passed in 2024, in force from October 27, 2025; its ordinance number
    // is not verified here, so it is named by what it does.
    law: 'the pay transparency and salary history ordinance',
    disclosure: 'posting',
    since: '2025-10-27',
    covers: 'employers with 15 or more employees',
  },
  {
    code: 'US-MA',
    aliases: ['MASSACHUSETTS'],
    place: 'Massachusetts',
    law: 'the Frances Perkins Workplace Equity Act',
    disclosure: 'posting',
    since: '2025-10-29',
    covers: 'employers with 25 or more employees in Massachusetts',
  },
  {
    code: 'US-DE',
    aliases: ['DELAWARE'],
    place: 'Delaware',
    // HB 105 (2025) takes effect two years after enactment; signed in
    // September 2025, so the day in September 2027 is unsure: month only.
    law: 'HB 105 of 2025',
    disclosure: 'posting',
    since: '2027-09-01',
    uncertain: true,
    covers: 'employers with 26 or more employees',
  },
  {
    code: 'CA-BC',
    aliases: ['BC', 'BRITISH-COLUMBIA'],
    place: 'British Columbia',
    law: 'the Pay Transparency Act',
    disclosure: 'posting',
    since: '2023-11-01',
    covers: 'all employers',
  },
  {
    code: 'CA-ON',
    aliases: ['ONTARIO'],
    place: 'Ontario',
    law: 'the Employment Standards Act as amended by the Working for Workers Four Act, 2024',
    disclosure: 'posting',
    since: '2026-01-01',
    covers: 'employers with 25 or more employees',
  },
  {
    code: 'EU',
    aliases: [
      // Member states: the directive applies once each transposes it.
      'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'EL', 'HU', 'IE',
      'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
    ],
    place: 'the EU',
    // Article 5: initial pay or its range, in the vacancy notice or
    // otherwise before the interview. 2026-06-07 is the transposition
    // deadline; member states' own laws may start at other dates.
    law: 'the Pay Transparency Directive (EU) 2023/970',
    disclosure: 'before-interview',
    since: '2026-06-07',
    covers: 'all employers, as each member state transposes it',
  },
];

function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s_]+/g, '-');
}

const BY_CODE = new Map<string, PayTransparencyLaw>();
for (const law of PAY_TRANSPARENCY_LAWS) {
  for (const code of [law.code, ...law.aliases]) BY_CODE.set(normalizeCode(code), law);
}

/** The law of a jurisdiction code ("US-CO", "us_nyc", "DE"), if we know one. */
export function findPayLaw(code: string): PayTransparencyLaw | undefined {
  return BY_CODE.get(normalizeCode(code));
}

/** A jurisdiction's law and the laws of the places it lies within (a city's state). */
export function payLawsFor(code: string): PayTransparencyLaw[] {
  const laws: PayTransparencyLaw[] = [];
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
