import type { FrontMatterField, Report, Rule } from '../../types.js';
import { DATE_KEYS, dateValue } from './dates.js';

export const fieldTypesRule: Rule = {
  meta: {
    id: 'field-types',
    family: 'front-matter',
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    docsAnchor: 'field-types',
    description: 'Each detail holds the kind of value Hugo expects (draft yes/no, weight a whole number, real dates).',
    docs: [
      '`draft` must be true or false without quotes: Hugo treats the text "false" differently from the value false.',
      '`weight` orders postings and must be a whole number.',
      '`date`, `publishDate`, `expiryDate` and `lastmod` must be real dates such as 2026-05-01 or 2026-05-01T09:00:00+02:00;',
      'Hugo stops building the site at a date it cannot read.',
      '`title` must be text.',
    ].join('\n'),
  },
  check(document) {
    if (!document.frontMatter || document.frontMatter.error) return [];
    const reports: Report[] = [];
    const topLevel = (key: string): FrontMatterField | undefined => document.field(key);
    const draft = topLevel('draft');
    if (draft && draft.value.type !== 'boolean') {
      const text = draft.value.type === 'string' ? draft.value.value.trim().toLowerCase() : undefined;
      const fixed = text === 'true' || text === 'false' ? text : undefined;
      reports.push({
        message: `draft must be true or false without quotes${fixed ? `; write ${fixed}` : ''}`,
        start: draft.valueStart,
        end: draft.valueEnd,
        ...(fixed && document.frontMatter.format === 'toml' ? { fix: { start: draft.valueStart, end: draft.valueEnd, text: fixed } } : {}),
      });
    }
    const weight = topLevel('weight');
    if (weight && weight.value.type !== 'integer') {
      const digits = weight.value.type === 'string' && /^\s*-?\d+\s*$/.test(weight.value.value) ? weight.value.value.trim() : undefined;
      reports.push({
        message: `weight orders the postings and must be a whole number${digits ? `; write ${digits} without quotes` : ''}`,
        start: weight.valueStart,
        end: weight.valueEnd,
        ...(digits && document.frontMatter.format === 'toml' ? { fix: { start: weight.valueStart, end: weight.valueEnd, text: digits } } : {}),
      });
    }
    const title = topLevel('title');
    if (title && title.value.type !== 'string') {
      reports.push({ message: 'title must be text in quotes', start: title.valueStart, end: title.valueEnd });
    }
    for (const key of DATE_KEYS) {
      const field = topLevel(key);
      if (!field || dateValue(field.value) !== undefined) continue;
      reports.push({
        message: `${key} is not a date Hugo can read; write it like 2026-05-01 or 2026-05-01T09:00:00+02:00`,
        start: field.valueStart,
        end: field.valueEnd,
      });
    }
    return reports;
  },
};
