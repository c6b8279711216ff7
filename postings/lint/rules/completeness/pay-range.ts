import type { LintDocument, Report, Rule } from '../../types.js';
import { excerpt, quote } from '../../text/quote.js';
import { leafFields } from './detail-fields.js';
import { findPayFields, type PayField } from './pay-fields.js';
import { payExample, payLawReason } from './pay-message.js';
import { findPayMentions } from './pay-text.js';

export const payRangeRule: Rule = {
  meta: {
    id: 'pay-range',
    family: 'completeness',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'pay-range',
    description: 'The posting states its pay as a range, lowest to highest.',
    docs: [
      'Pay-transparency laws in a growing number of places require the pay range in the job posting itself:',
      'Colorado, California, Washington, New York (state and city), Illinois, Minnesota, Maryland, Massachusetts,',
      'New Jersey, Vermont, Hawaii and the District of Columbia among others in the US, British Columbia and Ontario in Canada,',
      'and the EU Pay Transparency Directive 2023/970 (pay or its range before the interview, from June 2026).',
      'Set `jurisdiction` in .posting-desk.toml ("US-CO", "US-NY-NYC", "EU") to have the warning name your law.',
      '',
      'The range can be in the details (pay_min and pay_max, salary = "$95,000–$120,000", [params.salary] min/max, …)',
      'or in the text ("$95,000–$120,000 a year", "€52,000 to €64,000", "USD 40–50/hour").',
      '"Competitive salary", "DOE" and "commensurate with experience" are not ranges, and neither is "up to $120k":',
      'a range needs both ends. A single fixed figure beside pay words (“Salary: $135,000”) is accepted, as the laws',
      'accept one. A lowest pay higher than the highest is an error.',
    ].join('\n'),
  },
  check(document, context) {
    const reason = payLawReason(context.config.jurisdiction, context.config.today);
    const example = payExample(context.config.jurisdiction);
    const fields = findPayFields(document);

    const order = checkOrder(document, fields);
    if (order !== undefined) return order;
    // One amount in a whole-pay detail is a fixed pay, which the laws accept.
    if (fields.some((field) => field.role === 'whole' && (field.reading.kind === 'amount' || field.reading.kind === 'range'))) return [];

    const mentions = findPayMentions(document.prose);
    if (mentions.some((mention) => mention.kind === 'range')) return [];
    // A single fixed pay ("Salary: $135,000"), which the laws accept in place of a range, unless it is only one end.
    if (mentions.some((mention) => mention.kind === 'fixed') && !mentions.some((mention) => mention.kind === 'one-end')) return [];
    // A range written in another detail ("description", "summary") counts too.
    if (leafFields(document).some((field) => field.value.type === 'string' && findPayMentions(field.value.value).some((mention) => mention.kind === 'range'))) return [];

    const oneEnd = fields.find((field) => (field.role === 'low' || field.role === 'high') && field.reading.kind === 'amount');
    if (oneEnd) {
      const which = oneEnd.role === 'low' ? 'lowest' : 'highest';
      return [
        {
          message: `The details give only the ${which} pay (${oneEnd.key}); a pay range needs both the lowest and the highest. ${reason}`,
          start: oneEnd.field.keyStart,
          end: oneEnd.field.valueEnd,
        },
      ];
    }
    const vagueField = fields.find((field) => field.reading.kind === 'vague');
    if (vagueField && vagueField.reading.kind === 'vague') {
      return [
        {
          message: `${quote(excerpt(vagueField.reading.text))} in the details is not a pay range. ${reason} State the lowest and highest pay, ${example}.`,
          start: vagueField.field.valueStart,
          end: vagueField.field.valueEnd,
        },
      ];
    }
    const oneEndText = mentions.find((mention) => mention.kind === 'one-end');
    if (oneEndText) {
      return [
        {
          message: `${quote(oneEndText.text)} gives only one end of the pay; a pay range needs both the lowest and the highest. ${reason}`,
          start: oneEndText.start,
          end: oneEndText.end,
        },
      ];
    }
    const vagueText = mentions.find((mention) => mention.kind === 'vague');
    if (vagueText) {
      return [
        {
          message: `${quote(vagueText.text)} is not a pay range. ${reason} State the lowest and highest pay, ${example}.`,
          start: vagueText.start,
          end: vagueText.end,
        },
      ];
    }
    // Nothing about pay: the posting as a whole is missing it.
    return [
      {
        message: `No pay range in the details or the text. ${reason} Add the lowest and highest pay, ${example}.`,
        start: 0,
        end: 0,
      },
    ];
  },
};

function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * A lowest pay above the highest is an error; undefined when the details
 * hold no complete range to compare.
 */
function checkOrder(document: LintDocument, fields: PayField[]): Report[] | undefined {
  const low = fields.find((field) => field.role === 'low' && field.reading.kind === 'amount');
  const high = fields.find((field) => field.role === 'high' && field.reading.kind === 'amount');
  if (low && high && low.reading.kind === 'amount' && high.reading.kind === 'amount') {
    if (low.reading.amount <= high.reading.amount) return [];
    const first = low.field.valueStart < high.field.valueStart ? low.field : high.field;
    const second = first === low.field ? high.field : low.field;
    const between = document.text.slice(first.valueEnd, second.valueStart);
    const swapped = document.text.slice(second.valueStart, second.valueEnd) + between + document.text.slice(first.valueStart, first.valueEnd);
    return [
      {
        message: `The lowest pay (${low.key} = ${formatAmount(low.reading.amount)}) is higher than the highest (${high.key} = ${formatAmount(high.reading.amount)}).`,
        start: high.field.valueStart,
        end: high.field.valueEnd,
        severity: 'error',
        suggestions: [{ title: 'Swap the two amounts', edit: { start: first.valueStart, end: second.valueEnd, text: swapped } }],
      },
    ];
  }
  for (const field of fields) {
    if (field.reading.kind !== 'range' || field.reading.low === undefined || field.reading.high === undefined) continue;
    if (field.reading.low > field.reading.high) {
      return [
        {
          message: `The pay range in the details (${field.key}) runs from ${formatAmount(field.reading.low)} down to ${formatAmount(field.reading.high)}: the lowest pay comes first.`,
          start: field.field.valueStart,
          end: field.field.valueEnd,
          severity: 'error',
        },
      ];
    }
  }
  return undefined;
}
