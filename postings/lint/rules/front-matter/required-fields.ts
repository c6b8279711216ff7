import type { Report, Rule } from '../../types.js';

const REQUIRED: { key: string; label: string; why: string }[] = [
  { key: 'title', label: 'title', why: 'it is the posting’s heading on the site and in search results' },
  { key: 'date', label: 'publish date (date)', why: 'Hugo sorts and dates postings by it' },
];

export const requiredFieldsRule: Rule = {
  meta: {
    id: 'required-fields',
    family: 'front-matter',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'required-fields',
    description: 'The posting has a title and a publish date.',
    docs: 'Every posting needs a title (shown as its heading and in search results) and a publish date (`date`, used to sort and date postings).',
  },
  check(document) {
    const frontMatter = document.frontMatter;
    if (!frontMatter || frontMatter.error) return [];
    const reports: Report[] = [];
    for (const { key, label, why } of REQUIRED) {
      const field = document.field(key);
      if (!field) {
        reports.push({ message: `The posting has no ${label}; add one, because ${why}`, start: frontMatter.start, end: frontMatter.start });
      } else if (field.value.type === 'string' && field.value.value.trim() === '') {
        reports.push({ message: `The ${label} is empty; fill it in, because ${why}`, start: field.valueStart, end: field.valueEnd });
      }
    }
    return reports;
  },
};
