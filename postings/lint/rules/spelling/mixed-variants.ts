import type { WordToken } from '../../spelling/tokenize.js';
import { isCapitalised } from '../../spelling/word-shape.js';
import { displayedWords } from '../../text/displayed-text.js';
import { quote } from '../../text/quote.js';
import type { Rule } from '../../types.js';

const EXAMPLES = 3;

export const mixedVariantsRule: Rule = {
  meta: {
    id: 'mixed-variants',
    family: 'spelling',
    severity: 'info',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'mixed-variants',
    description: 'A posting that mixes American and British spellings (“color” and “colour”).',
    docs: [
      'A site that declares no variant of English (no en-us or en-gb languageCode) is spelled with American and British',
      'dictionaries both, so “organisation” and “organization” both pass. What reads as careless is one posting using both',
      'ways: one note, at the first word of the less used variant, names some of each. Oxford -ize spellings count as',
      'British too, and names are not counted. Set the site’s languageCode to have one variant checked throughout.',
    ].join(' '),
  },
  check(document, context) {
    const variantOf = context.speller?.variantOf;
    if (!variantOf) return [];
    const found: Record<'american' | 'british', WordToken[]> = { american: [], british: [] };
    for (const token of displayedWords(document)) {
      // Capitalised words are often names ("Center for …", "Labour Party"): only ordinary words count.
      if (isCapitalised(token.word) && token.start >= document.bodyStart) continue;
      const variant = variantOf(token.word.toLowerCase());
      if (variant) found[variant].push(token);
    }
    if (found.american.length === 0 || found.british.length === 0) return [];
    const minority = found.american.length <= found.british.length ? 'american' : 'british';
    const first = found[minority][0] as WordToken;
    const list = (tokens: WordToken[]): string => [...new Set(tokens.map((token) => token.word.toLowerCase()))].slice(0, EXAMPLES).map(quote).join(', ');
    return [
      {
        message: `This posting mixes American spellings (${list(found.american)}) and British ones (${list(found.british)}); pick one.`,
        start: first.start,
        end: first.end,
      },
    ];
  },
};
