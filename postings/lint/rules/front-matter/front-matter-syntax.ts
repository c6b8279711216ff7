import type { Rule } from '../../types.js';

export const frontMatterSyntaxRule: Rule = {
  meta: {
    id: 'front-matter-syntax',
    family: 'front-matter',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'front-matter-syntax',
    description: 'The details at the top of the posting can be read.',
    docs: [
      'Hugo reads the title, dates and other details from the section between the "+++" lines at the top of the file.',
      'If that section cannot be read, Hugo refuses to build the whole site, so nothing is published.',
      'The message says where the problem is; a missing quote or a missing closing "+++" line are the usual causes.',
    ].join('\n'),
  },
  check(document) {
    const frontMatter = document.frontMatter;
    if (!frontMatter) {
      if (document.path !== undefined && !document.path.endsWith('.md')) return [];
      return [{ message: 'This posting has no details section (title, date, … between “+++” lines at the top), so Hugo will publish it without a title or date', start: 0, end: 0 }];
    }
    if (!frontMatter.error) return [];
    const { message, offset } = frontMatter.error;
    return [{ message, start: offset, end: Math.min(document.text.length, offset + 1) }];
  },
};
