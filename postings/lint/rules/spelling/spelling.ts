import { TECH_WORDS } from '../../spelling/tech-words.js';
import { tokenizeWords, type WordToken } from '../../spelling/tokenize.js';
import { typoDistance } from '../../spelling/typo-distance.js';
import { createWordList, type WordList } from '../../spelling/word-list.js';
import { hasInnerCapital, isCapitalised } from '../../spelling/word-shape.js';
import { quote } from '../../text/quote.js';
import type { LintConfig, LintDocument, Report, Rule, Speller, Suggestion } from '../../types.js';
import { inHeading, startsSentence } from './sentence-start.js';

const MAX_SUGGESTIONS = 5;
// Front matter fields that are prose a reader sees.
const PROSE_FIELDS = ['title', 'subtitle', 'description', 'summary'];

export const spellingRule: Rule = {
  meta: {
    id: 'spelling',
    family: 'spelling',
    severity: 'warning',
    description: 'Words that may be misspelled, with suggested corrections.',
    docs:
      'Checks the posting’s text and its title against an English dictionary that also knows technology names ' +
      '(Python, Kubernetes, PostgreSQL, …). Code, links, e-mail addresses and front matter keys are not checked. ' +
      'Pick a suggested correction, or use “Add to dictionary” for a word that is right, such as a product name: ' +
      'it goes into the repository’s word list (`words` in .posting-desk.toml) and is accepted in every posting. ' +
      'A capitalised word in the middle of a sentence that is not close to a known technology name is taken ' +
      'for a name (a person, a place, a product) and not reported.',
  },
  check(document, context) {
    const speller = context.speller;
    if (!speller) return [];
    const vocabulary = vocabularyOf(context.config);
    const reports: Report[] = [];
    for (const region of proseRegions(document)) {
      for (const token of tokenizeWords(region.text, region.start, region.end)) {
        const report = checkWord(document, token, region.titleCase, speller, vocabulary);
        if (report) reports.push(report);
      }
    }
    return reports;
  },
};

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

interface ProseRegion {
  text: string;
  start: number;
  end: number;
  /** Title case: every word may start with a capital. */
  titleCase: boolean;
}

function proseRegions(document: LintDocument): ProseRegion[] {
  const regions: ProseRegion[] = [];
  for (const path of PROSE_FIELDS) {
    const field = document.field(path);
    if (field?.value.type === 'string') {
      regions.push({ text: document.text, start: field.valueStart, end: field.valueEnd, titleCase: true });
    }
  }
  regions.push({ text: document.prose, start: document.bodyStart, end: document.prose.length, titleCase: false });
  return regions;
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
  if (namesItsLink(document, token)) return undefined;
  const suggestions = speller.suggest(word);
  const nameLike =
    hasInnerCapital(word) ||
    (isCapitalised(word) && !titleCase && !inHeading(document, token.start) && !startsSentence(document, token.start));
  if (nameLike && !nameLooksMistyped(document, token, speller, suggestions, vocabulary)) return undefined;
  return {
    message: `${quote(word)} may be misspelled`,
    start: token.start,
    end: token.end,
    suggestions: suggestions.slice(0, MAX_SUGGESTIONS).map(
      (text): Suggestion => ({ title: `Replace with ${quote(text)}`, edit: { start: token.start, end: token.end, text } }),
    ),
  };
}

/**
 * A capitalised word in mid-sentence, or one with capitals inside
 * ("YouGov", "RCrunch"), is usually a name the dictionary cannot know. It is
 * still a typo when it is one slip away from a name the speller knows: a
 * technology name or a word of the repository's list ("Pyhton",
 * "Kubernets", "Javascirpt"), or a proper noun of the dictionary ("Seatle",
 * "Cnaada"); or from an ordinary word in a title-case phrase ("Computer
 * Sckience"). A slip away from an ordinary word elsewhere ("Tufte" →
 * "tufted", "Heer" → "her") is no evidence, since names are not ordinary words.
 */
function nameLooksMistyped(
  document: LintDocument,
  token: WordToken,
  speller: Speller,
  suggestions: readonly string[],
  vocabulary: Vocabulary,
): boolean {
  return (
    aimsAtName(token.word, suggestions, speller, vocabulary) ||
    (inTitleCasePhrase(document, token, speller) && aimsAtWord(token.word, suggestions))
  );
}

/**
 * One of the best suggestions is a name one slip away with the same first
 * letter. Dictionary proper nouns need a cheap slip (a swap, a doubled or
 * left-out letter, a vowel), short words a swap or doubling ("Cana" is not
 * "Canva").
 */
function aimsAtName(word: string, suggestions: readonly string[], speller: Speller, vocabulary: Vocabulary): boolean {
  const typed = word.toLowerCase();
  const short = word.length <= 4;
  return suggestions.slice(0, 3).some((suggestion) => {
    const candidate = suggestion.toLowerCase();
    if (candidate.includes(' ') || candidate.charAt(0) !== typed.charAt(0)) return false;
    const limit = slipAllowed(suggestion, short, speller, vocabulary);
    return limit !== undefined && typoDistance(typed, candidate, limit) <= limit;
  });
}

/** How far a typo may be from `name` to count as aimed at it; undefined when `name` is no name. */
function slipAllowed(name: string, short: boolean, speller: Speller, vocabulary: Vocabulary): number | undefined {
  if (vocabulary.isKnownTerm(name)) return short ? 0.7 : 1;
  if (isProperNoun(name, speller)) return short ? 0.7 : 0.9;
  return undefined;
}

/** Right only with its capital: "Seattle", "Canada" (but not "Tufts", which is also "tufts"). */
function isProperNoun(word: string, speller: Speller): boolean {
  return word !== word.toLowerCase() && !speller.correct(word.toLowerCase());
}

/**
 * Ordinary words are capitalised mid-sentence in title-case phrases ("a
 * degree in Computer Science", "Director of Analytics and Product"), so a
 * capitalised typo next to a capitalised ordinary word ("Computer
 * Sckience"), small joining words aside, is checked like any other. Names in
 * lists ("Cleveland, Tufte, the Wickhams") are not phrases: commas separate them.
 */
function inTitleCasePhrase(document: LintDocument, token: WordToken, speller: Speller): boolean {
  return [wordBefore(document.prose, token.start), wordAfter(document.prose, token.end)].some(
    (neighbour) => neighbour !== undefined && neighbour.length > 1 && isCapitalised(neighbour) && speller.correct(neighbour.toLowerCase()),
  );
}

const JOINING_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', '&']);
const LEADING_WORD = /^[\p{L}\p{M}'’&-]+/u;
const TRAILING_WORD = /[\p{L}\p{M}'’&-]+$/u;
// Only spaces join the words of a phrase; punctuation or a line break ends it.
const SPACES = /[ \t]+/;

/** The nearest word after `offset` in the same phrase, past joining words ("and Product"). */
function wordAfter(prose: string, offset: number): string | undefined {
  const items = prose.slice(offset, offset + 60).split(SPACES);
  if (items[0] !== '') return undefined;
  for (const item of items.slice(1, 4)) {
    const word = LEADING_WORD.exec(item)?.[0];
    if (word === undefined) return undefined;
    if (!JOINING_WORDS.has(word.toLowerCase())) return word;
    if (word !== item) return undefined;
  }
  return undefined;
}

/** The nearest word before `offset` in the same phrase, past joining words ("Director of"). */
function wordBefore(prose: string, offset: number): string | undefined {
  const items = prose.slice(Math.max(0, offset - 60), offset).split(SPACES).reverse();
  if (items[0] !== '') return undefined;
  for (const item of items.slice(1, 4)) {
    const word = TRAILING_WORD.exec(item)?.[0];
    if (word === undefined) return undefined;
    if (!JOINING_WORDS.has(word.toLowerCase())) return word;
    if (word !== item) return undefined;
  }
  return undefined;
}

/** The best suggestion is one slip away and keeps the first letter. */
function aimsAtWord(word: string, suggestions: readonly string[]): boolean {
  const best = suggestions[0]?.toLowerCase();
  const typed = word.toLowerCase();
  return best !== undefined && !best.includes(' ') && best.charAt(0) === typed.charAt(0) && typoDistance(typed, best, 1) <= 1;
}

/** Link text that names the site it links to ("[apimatic](https://www.apimatic.io/)") is a product name. */
function namesItsLink(document: LintDocument, token: WordToken): boolean {
  const link = document.links.find((candidate) => token.start >= candidate.start && token.end <= candidate.end);
  if (!link || token.word.length < 3) return false;
  let host: string;
  try {
    host = new URL(link.url).hostname;
  } catch {
    return false;
  }
  const compact = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return compact(host).includes(compact(token.word));
}
