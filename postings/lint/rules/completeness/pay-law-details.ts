import type { Report, Rule } from '../../types.js';
import { isInForce, payLawsFor, type PayLawRecord } from './pay-laws.js';
import { findPayMentions } from './pay-text.js';

// A general description of benefits: what the laws that ask for one accept ("medical, dental, 401(k), PTO").
const BENEFITS = /\b(?:benefits?|health(?:care| insurance| plan)?|medical|dental|vision|pension|401\(?k\)?|retirement|superannuation|paid (?:time off|leave|holidays?)|PTO|vacation|annual leave|holiday allowance|parental leave|bonus(?:es)?|stock options?|equity)\b/i;
// "Applications close on 12 May 2026", "Apply by March 3", "Deadline: 2026-05-01", "closing date".
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DEADLINE = new RegExp(
  String.raw`\b(?:deadline|closing date|applications?\s+(?:close|closes|are due|due|accepted\s+(?:until|through))|apply\s+(?:by|before|until)|(?:window|posting)\s+(?:closes|will close|is open until)|open\s+until)\b[^\n]{0,40}?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|${MONTH}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})`,
  'i',
);

function amountsOf(text: string): number[] {
  return [...text.matchAll(/(\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?([kK])?/g)].map((match) => {
    const whole = Number((match[1] as string).replace(/[,.\u00A0\u202F ]/g, ''));
    return match[2] ? whole * 1000 : whole;
  });
}

/** The widest yearly range the posting states, as [low, high]; hourly, weekly and monthly ranges are not compared. */
function widestYearlyRange(text: string): [number, number] | undefined {
  let widest: [number, number] | undefined;
  for (const mention of findPayMentions(text)) {
    if (mention.kind !== 'range' || /\b(?:hour|hr|week|wk|month|mo|day)\b|\/h\b/i.test(mention.text)) continue;
    const [low, high] = amountsOf(mention.text);
    if (low === undefined || high === undefined || high < 1000) continue;
    if (!widest || high - low > widest[1] - widest[0]) widest = [low, high];
  }
  return widest;
}

export const payLawDetailsRule: Rule = {
  meta: {
    id: 'pay-law-details',
    family: 'completeness',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'pay-law-details',
    description: 'The posting states what the pay law of its jurisdiction asks for beyond the pay itself.',
    docs: [
      'Some pay-transparency laws ask for more than the pay range: a general description of the benefits and other',
      'compensation (Colorado, Washington, Illinois, Minnesota, New Jersey, Jersey City, Delaware from 2027), the date',
      'the application window is expected to close (Colorado, since 2024), or a range no wider than $50,000 a year',
      '(Ontario, since 2026, for pay up to $200,000). Checked for the `jurisdiction` set in .posting-desk.toml once its',
      'law is in force; each law, its source and the day it was last checked are in pay-laws.json.',
    ].join(' '),
  },
  check(document, context) {
    const jurisdiction = context.config.jurisdiction;
    if (jurisdiction === undefined) return [];
    const laws = payLawsFor(jurisdiction).filter((law) => law.disclosure === 'posting' && isInForce(law, context.config.today));
    const text = document.prose;
    const reports: Report[] = [];
    const first = (test: (law: PayLawRecord) => boolean): PayLawRecord | undefined => laws.find(test);
    const benefitsLaw = first((law) => law.requires?.benefits === true);
    if (benefitsLaw && !BENEFITS.test(text)) {
      reports.push({ message: `In ${benefitsLaw.place}, ${benefitsLaw.law} asks the posting for a general description of the benefits and other compensation (health cover, retirement, paid leave, bonuses …); none was found.`, start: 0, end: 0 });
    }
    const deadlineLaw = first((law) => law.requires?.applicationDeadline === true);
    if (deadlineLaw && !DEADLINE.test(text)) {
      reports.push({ message: `In ${deadlineLaw.place}, ${deadlineLaw.law} asks the posting for the date applications are expected to close (“Applications close on May 12, 2026”); none was found.`, start: 0, end: 0 });
    }
    const widthLaw = first((law) => law.requires?.maxRangeWidth !== undefined);
    const width = widthLaw?.requires?.maxRangeWidth;
    const range = widthLaw && width ? widestYearlyRange(text) : undefined;
    if (widthLaw && width && range && range[1] - range[0] > width.amount && !(width.exemptAbove !== undefined && range[1] > width.exemptAbove)) {
      const money = (amount: number): string => `$${amount.toLocaleString('en-US')}`;
      reports.push({
        message: `The pay range ${money(range[0])}–${money(range[1])} spans ${money(range[1] - range[0])} a year; in ${widthLaw.place}, ${widthLaw.law} allows at most ${money(width.amount)}.`,
        start: 0,
        end: 0,
      });
    }
    return reports;
  },
};
