import { TECH_WORDS } from '../../spelling/tech-words.js';
import { hasInnerCapital, normalizeWord, stripPossessive } from '../../spelling/word-shape.js';
import { displayedWords } from '../../text/displayed-text.js';
import { quote } from '../../text/quote.js';
import type { Report, Rule } from '../../types.js';

/**
 * Names whose makers write them with capitals inside ("JavaScript", "GitHub",
 * "LinkedIn", "PostgreSQL"), from the technology vocabulary: lower case key →
 * the name as written. A key two names share in different cases is left out.
 */
function brandNames(): ReadonlyMap<string, string> {
  const byKey = new Map<string, string | null>();
  for (const term of TECH_WORDS) {
    if (!/^[\p{L}]+$/u.test(term)) continue;
    const key = term.toLowerCase();
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, term);
    else if (known !== term) byKey.set(key, null);
  }
  const names = new Map<string, string>();
  for (const [key, term] of byKey) if (term !== null && hasInnerCapital(term)) names.set(key, term);
  return names;
}

const BRANDS = brandNames();

export const brandNamesRule: Rule = {
  meta: {
    id: 'brand-names',
    family: 'spelling',
    severity: 'warning',
    fixable: true,
    hasSuggestions: true,
    docsAnchor: 'brand-names',
    description: 'Product and company names written the way their makers write them (JavaScript, GitHub, LinkedIn).',
    docs: [
      'Candidates in the field notice “Javascript”, “Github” or “Typescript”: the names are “JavaScript”, “GitHub” and',
      '“TypeScript”. A name from the technology vocabulary that its maker writes with a capital inside is flagged when',
      'written another way, in the text and the title, with the right spelling as the fix. Names written with one',
      'capital only (“Python”, “Java”) are not flagged in lower case, since commands and package names are written so.',
    ].join(' '),
  },
  check(document) {
    const reports: Report[] = [];
    for (const token of displayedWords(document)) {
      const word = normalizeWord(token.word);
      const stem = stripPossessive(word) ?? word;
      const name = BRANDS.get(stem.toLowerCase());
      // All capitals is a heading's or an acronym's style, not a misspelling of the name.
      if (name === undefined || stem === name || stem === stem.toUpperCase()) continue;
      const end = token.start + stem.length;
      reports.push({
        message: `${quote(stem)} is written ${quote(name)}.`,
        start: token.start,
        end,
        fix: { start: token.start, end, text: name },
        suggestions: [{ title: `Write ${quote(name)}`, edit: { start: token.start, end, text: name } }],
      });
    }
    return reports;
  },
};
