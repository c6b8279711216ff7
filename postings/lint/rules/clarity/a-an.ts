import type { Report, Rule } from '../../types.js';
import { quote } from '../../text/quote.js';
import { startsSentence } from '../../text/sentences.js';
import { bodyWords } from '../../text/words.js';
import { articleFor } from '../../text/a-an-sound.js';
import { inCaseOf } from '../../text/case.js';

// Between the article and its word, in the file: only spaces, one line
// break, emphasis marks, an opening quote or bracket ("a “rockstar”", "a
// (paid) trial", "an *hour*"). Anything else (inline code, a link's address)
// means the next prose word is not the article's word: "a `struct` or".
const GAP = /^[ \t]*(?:\r?\n[ \t]*)?[*_]{0,3}[“"‘'(\[]?[*_]{0,3}$/;

// Words an article never comes before: after "a" they mean "a" is something else (a variable, a letter).
const NOT_AFTER_ARTICLE = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'is', 'are', 'was', 'were', 'be', 'as', 'of', 'in', 'at', 'to', 'on', 'by',
  'if', 'it', 'its', 'for', 'with', 'from', 'into', 'onto', 'than', 'then', 'so', 'not', 'has', 'have', 'had', 'another',
]);

export const aAnRule: Rule = {
  meta: {
    id: 'a-an',
    family: 'clarity',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    docsAnchor: 'a-an',
    description: 'Uses “a” or “an” by how the next word sounds.',
    docs: [
      '"An" goes before a vowel sound, "a" before a consonant sound, whatever the first letter:',
      '"an hour", "an honest", "a user", "a European", "a one-time", "an 8-hour shift", "an API", "an SRE", "an MBA", "a URL".',
      'Where usage varies ("a/an SQL database", "a/an historic") nothing is flagged.',
    ].join('\n'),
  },
  check(document) {
    const reports: Report[] = [];
    const words = bodyWords(document);
    for (let index = 0; index + 1 < words.length; index += 1) {
      const article = words[index] as (typeof words)[number];
      const next = words[index + 1] as (typeof words)[number];
      const said = article.text.toLowerCase();
      if (said !== 'a' && said !== 'an') continue;
      // A capital "A" in mid-sentence is a letter ("Plan A", "type A"), not the article.
      if (article.text === 'A' && !startsSentence(document.prose, article.start)) continue;
      if (!GAP.test(document.text.slice(article.end, next.start))) continue;
      // "a or b", "a is a genre": a variable named a, not the article.
      if (NOT_AFTER_ARTICLE.has(next.text.toLowerCase())) continue;
      const expected = articleFor(next.text);
      if (expected === undefined || expected === said) continue;
      const replacement = inCaseOf(article.text, expected);
      reports.push({
        message: `${quote(`${article.text} ${next.text}`)} should be ${quote(`${replacement} ${next.text}`)}: the article follows how the word sounds, not how it is spelled.`,
        start: article.start,
        end: next.end,
        fix: { start: article.start, end: article.end, text: replacement },
      });
    }
    return reports;
  },
};
