import { TECH_WORDS } from '../../spelling/tech-words.js';
import type { WordToken } from '../../spelling/tokenize.js';
import { createWordList, type WordList } from '../../spelling/word-list.js';
import { displayedWords } from '../../text/displayed-text.js';
import { namesLinkedSite } from '../../text/links.js';
import { quote } from '../../text/quote.js';
import type { LintConfig, LintDocument, Report, Rule, Speller, Suggestion } from '../../types.js';
import { looksLikeName, nameLooksMistyped } from './names.js';
import { postingNames } from './posting-names.js';
import { typoDistance } from '../../spelling/typo-distance.js';
import { stripPossessive } from '../../spelling/word-shape.js';

const MAX_SUGGESTIONS = 5;

export const spellingRule: Rule = {
  meta: {
    id: 'spelling',
    family: 'spelling',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'spelling',
    description: 'Words that may be misspelled, with suggested corrections.',
    docs:
      'Checks the posting’s text, title and description against an American English dictionary that also knows ' +
      'technology names and job-posting words (Python, Kubernetes, PostgreSQL, onboarding, …). Code, web and ' +
      'e-mail addresses, file names and front matter keys are not checked. Pick a suggested correction, or use ' +
      '“Add to dictionary” for a word that is right, such as a product name: it goes into the repository’s word ' +
      'list (`words` in .posting-desk.toml) and is accepted in every posting. A capitalised word in mid-sentence ' +
      'is taken for a name (a person, a place, a product) and reported only when it is one slip away from a name ' +
      'the dictionary knows (“Pyhton”, “Seatle”) or from an ordinary word in a title-case phrase ' +
      '(“Computer Sckience”).',
  },
  check(document, context) {
    const speller = context.speller;
    if (!speller) return [];
    const vocabulary = vocabularyOf(context.config);
    const reports: Report[] = [];
    // The body's prose and the displayed front matter fields, which are title case.
    for (const token of joinEntityApostrophes(document.text, displayedWords(document))) {
      const report = checkWord(document, token, token.start < document.bodyStart, speller, vocabulary);
      if (report) reports.push(report);
    }
    return reports;
  },
};

// An apostrophe written as an HTML entity ("we&#8217;ve", "it&#x27;s"): the entity is blanked in the prose, splitting the word.
const APOSTROPHE_ENTITY = /^&(?:#8217|#x2019|#39|#x27|rsquo|apos);/i;

/** "We" + "&#8217;" + "ve" read as one word, "We've", spanning the entity. */
function joinEntityApostrophes(text: string, tokens: readonly WordToken[]): WordToken[] {
  const joined: WordToken[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as WordToken;
    const next = tokens[index + 1];
    const entity = APOSTROPHE_ENTITY.exec(text.slice(token.end, token.end + 8))?.[0];
    if (entity !== undefined && next !== undefined && next.start === token.end + entity.length) {
      joined.push({ word: `${token.word}'${next.word}`, start: token.start, end: next.end });
      index += 1;
    } else {
      joined.push(token);
    }
  }
  return joined;
}

interface Vocabulary {
  /** The repository's word list and company name: accepted as they are. */
  repository: WordList;
  /** Technology vocabulary and repository words: the names a capitalised typo may be aiming at. */
  isKnownTerm(word: string): boolean;
}

const TECH_TERMS = createWordList(TECH_WORDS);
let lastVocabulary: { words: readonly string[]; company: string | undefined; vocabulary: Vocabulary } | undefined;

function vocabularyOf(config: LintConfig): Vocabulary {
  if (lastVocabulary?.words === config.words && lastVocabulary.company === config.company) return lastVocabulary.vocabulary;
  const companyWords = (config.company ?? '').split(/[^\p{L}\p{M}\p{N}'’-]+/u);
  const repository = createWordList([...config.words, ...companyWords, config.company ?? '']);
  const vocabulary: Vocabulary = {
    repository,
    isKnownTerm: (word) => TECH_TERMS.has(word) || repository.has(word),
  };
  lastVocabulary = { words: config.words, company: config.company, vocabulary };
  return vocabulary;
}

function checkWord(
  document: LintDocument,
  token: WordToken,
  titleCase: boolean,
  speller: Speller,
  vocabulary: Vocabulary,
): Report | undefined {
  const { word } = token;
  if (word.length < 2 || speller.correct(word) || vocabulary.repository.has(word)) return undefined;
  // Link text naming the site it links to ("[apimatic](https://www.apimatic.io/)") is a product name.
  if (word.length >= 3 && namesLinkedSite(document, token.start, token.end)) return undefined;
  const names = postingNames(document, speller);
  const lower = (stripPossessive(word) ?? word).toLowerCase();
  if (names.all.has(lower)) return undefined;
  // One slip from a name the posting's own details or addresses give: "Millenium" beside "Millennium Management".
  const aimedAt = names.stated.find(
    (name) => name.length >= 4 && name.charAt(0).toLowerCase() === lower.charAt(0) && typoDistance(lower, name.toLowerCase(), 1) <= 1,
  );
  const suggestions = aimedAt === undefined ? speller.suggest(word) : [aimedAt, ...speller.suggest(word).filter((other) => other !== aimedAt)];
  if (
    aimedAt === undefined &&
    looksLikeName(document, token, titleCase) &&
    !nameLooksMistyped(document, token, speller, suggestions, vocabulary.isKnownTerm)
  ) {
    return undefined;
  }
  return {
    message: `${quote(word)} may be misspelled`,
    start: token.start,
    end: token.end,
    suggestions: suggestions.slice(0, MAX_SUGGESTIONS).map(
      (text): Suggestion => ({ title: `Replace with ${quote(text)}`, edit: { start: token.start, end: token.end, text } }),
    ),
  };
}
