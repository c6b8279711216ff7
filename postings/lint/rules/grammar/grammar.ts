import { quote } from '../../text/quote.js';
import type { Report, Rule } from '../../types.js';
import { grammarText } from './grammar-text.js';

export const grammarRule: Rule = {
  meta: {
    id: 'grammar',
    family: 'grammar',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'grammar',
    description: 'Grammar slips, from the checks measured to be right at least 8 times in 10 on real postings.',
    docs: [
      'Grammar comes from harper.js (offline, Apache-2.0), and only from its checks that proved at least 80% precise on',
      'the real-postings corpus: each check’s findings were compared with the errors a careful reader found',
      '(rules/grammar/harper-checks.json lists every check that fired, with its findings, the confirmed ones and its',
      'precision). List items are read as fragments, not sentences. Grammar checking loads a 16 MB WebAssembly',
      'binary, so it is on only where the host turns it on (`posting-desk lint --grammar`, the editor once loaded).',
    ].join(' '),
  },
  check(document, context) {
    const checker = context.grammar;
    if (!checker) return [];
    const text = grammarText(document);
    return checker.check(text).map((finding): Report => {
      const found = text.slice(finding.start, finding.end);
      return {
        message: `${quote(found.trim())}: ${finding.message}`,
        start: finding.start,
        end: finding.end,
        suggestions: finding.replacements.slice(0, 3).map((replacement) => ({
          title: `Replace with ${quote(replacement)}`,
          edit: { start: finding.start, end: finding.end, text: replacement },
        })),
      };
    });
  },
};
