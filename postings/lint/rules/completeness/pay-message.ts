/**
 * The "why" of a pay-range message: the law of the configured jurisdiction,
 * in force or coming, or the laws in general when none is configured.
 */
import { formatLawDate, isInForce, PAY_TRANSPARENCY_LAWS, payLawsFor, type PayTransparencyLaw } from './pay-laws.js';

function lawSentence(law: PayTransparencyLaw, today: string): string {
  const inForce = isInForce(law, today);
  const date = formatLawDate(law);
  const subject = `In ${law.place}, ${law.law}`;
  switch (law.disclosure) {
    case 'posting':
      return inForce
        ? `${subject} has required the pay range in job postings since ${date}.`
        : `${subject} will require the pay range in job postings from ${date}.`;
    case 'before-interview':
      return inForce
        ? `${subject} requires the starting pay or its range in the vacancy notice or before the interview (the deadline for member states was ${date}).`
        : `${subject} will require the starting pay or its range in the vacancy notice or before the interview, from ${date} as member states adopt it.`;
    case 'on-request':
      return inForce
        ? `${subject} requires the pay scale when an applicant asks; giving the range in the posting is the simplest way to comply.`
        : `${subject} will require the pay scale when an applicant asks, from ${date}; giving the range in the posting is the simplest way to comply.`;
  }
}

function generalSentence(today: string): string {
  const eu = PAY_TRANSPARENCY_LAWS.find((law) => law.code === 'EU');
  const euPart = eu && !isInForce(eu, today) ? `; the EU will require the pay or its range before the interview from ${formatLawDate(eu)}` : '; the EU requires the pay or its range before the interview';
  return `Pay-transparency laws in many places require a pay range in the posting: in the US, Colorado, California, Washington, New York, Illinois and other states and cities do${euPart}.`;
}

/**
 * Why a posting needs a pay range, for the configured jurisdiction ("US-CO",
 * "US-NY-NYC", "EU"). "none" gives no law; an unknown code gives the general
 * sentence.
 */
export function payLawReason(jurisdiction: string | undefined, today: string): string {
  const code = jurisdiction?.trim() ?? '';
  if (code.toLowerCase() === 'none') return 'Applicants look for the pay first, and a range saves them and you time.';
  const laws = code === '' ? [] : payLawsFor(code);
  if (laws.length === 0) return generalSentence(today);
  return laws.map((law) => lawSentence(law, today)).join(' ');
}

/** An example range in the jurisdiction's currency, for the message's "for example". */
export function payExample(jurisdiction: string | undefined): string {
  const law = jurisdiction === undefined ? undefined : payLawsFor(jurisdiction)[0];
  return law?.code === 'EU' ? 'for example “€52,000–€64,000 a year”' : 'for example “$95,000–$120,000 a year”';
}
