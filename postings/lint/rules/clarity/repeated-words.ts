import type { LintDocument, Report, Rule } from '../../types.js';
import { quote } from '../../text/quote.js';
import { startsSentence } from '../../text/sentences.js';
import { bodyWords } from '../../text/words.js';

/**
 * Doubles that are good English ("I know that that works", "we had had
 * offers") or meant ("very very", "ha ha", "bye bye"). Other doubles in a
 * posting are slips ("and and", "the the").
 */
const MEANT_DOUBLES = new Set(['that', 'had', 'very', 'many', 'really', 'so', 'no', 'yes', 'ha', 'ah', 'oh', 'bye', 'far', 'long', 'more']);

// Only spaces and at most one line break between the two words in the file:
// any Markdown between them (a list bullet, a table bar, emphasis) means they
// are in different places of the page.
const SAME_SENTENCE_GAP = /^[ \t]+$|^[ \t]*\r?\n[ \t]*$/;

function insideHeading(document: LintDocument, offset: number): number {
  return document.headings.findIndex((heading) => offset >= heading.start && offset < heading.end);
}

export const repeatedWordsRule: Rule = {
  meta: {
    id: 'repeated-words',
    family: 'clarity',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    docsAnchor: 'repeated-words',
    description: 'Finds a word typed twice in a row (“the the”).',
    docs: [
      'A word repeated by accident ("and and", "the the") is easy to miss, especially across a line break.',
      'The fix removes the second one. Doubles that are good English ("that that", "had had") or meant ("very very"),',
      'three in a row ("done done done") and names ("Walla Walla", "Chef Server server") are left alone.',
    ].join('\n'),
  },
  check(document) {
    const reports: Report[] = [];
    const words = bodyWords(document);
    for (let index = 0; index + 1 < words.length; index += 1) {
      const first = words[index] as (typeof words)[number];
      const second = words[index + 1] as (typeof words)[number];
      const lower = first.text.toLowerCase();
      if (lower !== second.text.toLowerCase()) continue;
      if (MEANT_DOUBLES.has(lower) || !/\p{L}/u.test(lower)) continue;
      // Three or more in a row ("done done done") are meant.
      if (words[index - 1]?.text.toLowerCase() === lower || words[index + 2]?.text.toLowerCase() === lower) continue;
      // "Walla Walla", "Chef Server server": a capital in mid-sentence is a name.
      if (/^\p{Lu}/u.test(first.text) && (/^\p{Lu}/u.test(second.text) || !startsSentence(document.prose, first.start))) continue;
      if (!SAME_SENTENCE_GAP.test(document.text.slice(first.end, second.start))) continue;
      // A heading's last word and the next paragraph's first are not one sentence.
      if (insideHeading(document, first.start) !== insideHeading(document, second.start)) continue;
      reports.push({
        message: `${quote(`${first.text} ${second.text}`)}: the word is repeated.`,
        start: first.start,
        end: second.end,
        fix: { start: first.end, end: second.end, text: '' },
      });
    }
    return reports;
  },
};
