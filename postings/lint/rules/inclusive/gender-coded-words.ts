import { findCodedWords, verdictFor, type CodedWord } from '../../inclusive/gender-coding.js';
import { consider, suggestionFor } from '../../inclusive/phrase-check.js';
import { displayedText } from '../../text/displayed-text.js';
import { quote } from '../../text/quote.js';
import { MASCULINE_ALTERNATIVES } from '../../inclusive/wordlists/gender-coded-alternatives.js';
import type { Report, Rule } from '../../types.js';

export const genderCodedWords: Rule = {
  meta: {
    id: 'gender-coded-words',
    family: 'inclusive',
    severity: 'info',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'gender-coded-words',
    description: 'Points out masculine-coded words in a posting that leans masculine, with neutral alternatives.',
    docs: [
      'Research on real job ads (Gaucher, Friesen & Kay, 2011) found that ads using more masculine-coded',
      'words ("competitive", "driven", "lead") made women less interested in the job and less sure they would',
      'belong, while feminine-coded words ("supportive", "collaborative") did not put men off. This check uses',
      'the word lists and scoring of gender-decoder (Kat Matfield): each coded word is marked, and the posting',
      'gets a verdict — masculine-coded, feminine-coded (strongly when the difference is more than 3), neutral',
      'or empty — shown by `posting-desk lint --format json`. Words that name the work itself ("analysis",',
      '"decisions") are fine to keep; aim for a balanced or feminine-coded verdict by rewording the rest.',
      'The title and the body are scored; code, links and other front matter are not.',
      'Only what is worth changing is underlined: feminine-coded words never are (the research found they put',
      'no one off), and masculine-coded words only when the posting as a whole leans masculine, each word once,',
      'where a neutral alternative exists, and not words that only start like a coded stem ("competence", "individuals"), nor a participle used as a verb or in an open compound ("determined by a background check", "data driven"), nor part of a name ("101 Independence Ave"). The summary (`genderCoding`) always lists both kinds.',
    ].join(' '),
  },
  check(document) {
    const text = displayedText(document);
    const coded = findCodedWords(text);
    const count = (coding: CodedWord['coding']): number => coded.filter((word) => word.coding === coding).reduce((sum, word) => sum + word.stems.length, 0);
    if (!verdictFor(count('masculine'), count('feminine')).includes('masculine')) return [];
    const seen = new Set<string>();
    const reports: Report[] = [];
    for (const word of coded) {
      const key = word.word.toLowerCase();
      if (word.coding !== 'masculine' || seen.has(key) || STEM_LOOKALIKES.test(key) || inName(text, word)) continue;
      seen.add(key);
      const report = reportFor(document.text, text, word);
      if (report.suggestions !== undefined || PAY_NOUN.test(text.slice(word.end, word.end + 40))) reports.push(report);
    }
    return reports;
  },
};

/**
 * Words that only start like a masculine stem and mean something else:
 * "competence" is skill, not competition; "individuals" and "objectives" are
 * people and goals, not individualism and objectivity. gender-decoder counts
 * them (and so does the summary, to match it); they are not underlined.
 */
const STEM_LOOKALIKES = /^(?:competen(?:ce|ces|cy|cies|t|tly)|individuals|objectives)$/;

/**
 * A capitalised word mid-sentence followed by another capitalised word is
 * part of a name ("101 Independence Ave", "the Leadership Academy"), no
 * trait to reword. Counted still, as gender-decoder counts it.
 */
function inName(text: string, coded: CodedWord): boolean {
  if (!/^\p{Lu}/u.test(coded.word)) return false;
  const lineStart = text.lastIndexOf('\n', coded.start - 1) + 1;
  const before = text.slice(lineStart, coded.start).trimEnd();
  if (before === '' || /[.!?:"'“‘(*#>-]$|^\s*(?:\d+[.)]|[-*+])$/.test(before)) return false;
  return /^[\s,]+\p{Lu}/u.test(text.slice(coded.end, coded.end + 20));
}

const PAY_NOUN = /^[\s-]*(?:base\s+)?(?:salary|salaries|pay|wages?|compensation|remuneration|rates?|package|benefits|bonus|equity|stipend)\b/i;

function reportFor(source: string, text: string, coded: CodedWord): Report {
  const quoted = quote(coded.word);
  if (coded.coding === 'feminine') {
    return {
      message: `${quoted} is feminine-coded wording; in the same research such words did not put men off applying, so there is no need to change it.`,
      start: coded.start,
      end: coded.end,
    };
  }
  const why = `${quoted} is masculine-coded wording; research shows such words can put women off applying.`;
  const after = text.slice(coded.end, coded.end + 40);
  if (coded.word.toLowerCase().startsWith('compet') && PAY_NOUN.test(after)) {
    return { message: `${why} Here it describes pay: stating the pay range says more and reads neutral.`, start: coded.start, end: coded.end };
  }
  const alternatives = alternativesFor(text, coded);
  if (alternatives.length === 0) return { message: why, start: coded.start, end: coded.end };
  return {
    message: `${why}${consider(alternatives)}`,
    start: coded.start,
    end: coded.end,
    suggestions: alternatives.map((alternative) => suggestionFor(source, coded.start, coded.end, alternative)),
  };
}

function alternativesFor(text: string, coded: CodedWord): readonly string[] {
  // Part of a compound ("data-driven", "test-driven"): swapping one half
  // would make nonsense ("data-motivated").
  if (text[coded.start - 1] === '-' || text[coded.end] === '-') return [];
  const known = MASCULINE_ALTERNATIVES.get(coded.word.toLowerCase());
  if (!known) return [];
  const after = text.slice(coded.end, coded.end + 40);
  if (known.onlyIfFollowedBy && !known.onlyIfFollowedBy.test(after)) return [];
  if (known.notIfFollowedBy?.test(after)) return [];
  if (known.notIfPrecededBy?.test(text.slice(Math.max(0, coded.start - 40), coded.start))) return [];
  return known.alternatives;
}
