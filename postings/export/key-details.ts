/**
 * The key details line of every export, in words a candidate reads:
 * "Location: Portland, Oregon (hybrid)", "Pay: $70,000–$85,000 a year".
 */
import type { PayFacts, PayUnit, PostingFacts } from './facts.js';

export interface KeyDetail {
  label: string;
  value: string;
}

const UNIT_WORDS: Record<PayUnit, string> = { HOUR: 'an hour', DAY: 'a day', WEEK: 'a week', MONTH: 'a month', YEAR: 'a year' };

/** Hugo's languageCode ("en-us") as a BCP 47 tag Intl accepts, English when it is missing or unknown. */
export function localeOf(languageCode: string | undefined): string {
  if (languageCode) {
    try {
      return Intl.getCanonicalLocales(languageCode.replace(/_/g, '-'))[0] ?? 'en-US';
    } catch {
      return 'en-US';
    }
  }
  return 'en-US';
}

/** "2026-03-02T09:00:00+01:00" → "March 2, 2026": the calendar date as written, never shifted by a time zone. */
export function formatDate(written: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(written);
  if (!match) return written;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return written;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

function formatAmount(value: number, currency: string | undefined, locale: string): string {
  const whole = Number.isInteger(value);
  const digits = { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 };
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, ...digits }).format(value);
    } catch {
      // An unknown currency code: the number and the code as written.
    }
  }
  return `${new Intl.NumberFormat(locale, digits).format(value)}${currency ? ` ${currency}` : ''}`;
}

export function formatPay(pay: PayFacts, locale: string): string {
  // A pay detail written as text says it best, in the author's own words.
  if (pay.text !== undefined) return pay.text;
  const { min, max, currency, unit } = pay;
  const per = unit ? ` ${UNIT_WORDS[unit]}` : '';
  if (min !== undefined && max !== undefined) {
    const amounts = min === max ? formatAmount(min, currency, locale) : `${formatAmount(min, currency, locale)}–${formatAmount(max, currency, locale)}`;
    return amounts + per;
  }
  if (min !== undefined) return `from ${formatAmount(min, currency, locale)}${per}`;
  if (max !== undefined) return `up to ${formatAmount(max, currency, locale)}${per}`;
  return '';
}

/** "full_time", "FULL_TIME" → "Full-time"; anything else as written, capitalized. */
function employmentWords(text: string): string {
  const code = /^(full|part)[\s_-]?time$/i.exec(text.trim());
  return code ? `${capitalize((code[1] as string).toLowerCase())}-time` : capitalize(text);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The details shown under the title, in a fixed order, only those the posting states. */
export function keyDetails(facts: PostingFacts, locale: string): KeyDetail[] {
  const details: KeyDetail[] = [];
  if (facts.location) details.push({ label: 'Location', value: facts.location });
  // "Remote (United States)" says its work setup already.
  if (facts.workplaceText && !facts.location?.toLowerCase().includes(facts.workplaceText.toLowerCase())) {
    details.push({ label: 'Work setup', value: capitalize(facts.workplaceText) });
  }
  if (facts.employmentType) details.push({ label: 'Employment type', value: employmentWords(facts.employmentType) });
  if (facts.pay) {
    const pay = formatPay(facts.pay, locale);
    if (pay) details.push({ label: 'Pay', value: pay });
  }
  if (facts.published) details.push({ label: 'Posted', value: formatDate(facts.published, locale) });
  if (facts.expires) details.push({ label: 'Applications close', value: formatDate(facts.expires, locale) });
  return details;
}
