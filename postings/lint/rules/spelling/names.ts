import type { WordToken } from '../../spelling/tokenize.js';
import { typoDistance } from '../../spelling/typo-distance.js';
import { hasInnerCapital, isAllCaps, isCapitalised } from '../../spelling/word-shape.js';
import type { LintDocument, Speller } from '../../types.js';
import { inHeading, startsSentence } from './sentence-start.js';

/**
 * Whether an unknown word is written like a name: with capitals inside
 * ("YouGov", "RCrunch"), or capitalised where an ordinary word would not be
 * (mid-sentence, outside headings and title-case fields).
 */
export function looksLikeName(document: LintDocument, token: WordToken, titleCase: boolean): boolean {
  if (hasInnerCapital(token.word)) return true;
  // A surname in capitals ("Khalid CHOUKRI"), a product in capitals ("DRAGEN"), among ordinary lower-case words.
  if (isAllCaps(token.word) && !inHeading(document, token.start) && hasLowerCaseNeighbour(document.prose, token)) return true;
  // "jhlyon at amazon com": an address spelt out to dodge harvesters.
  if (SPELT_OUT_ADDRESS.test(document.prose.slice(token.end, token.end + 60))) return true;
  return isCapitalised(token.word) && !titleCase && !inHeading(document, token.start) && !startsSentence(document, token.start);
}

const SPELT_OUT_ADDRESS = /^[ \t]+(?:at|\[at\]|\(at\))[ \t]+[a-z0-9-]+(?:[ \t]+(?:dot|\.|\[dot\]|\(dot\))?[ \t]*[a-z]{2,6}\b)/i;

function hasLowerCaseNeighbour(prose: string, token: WordToken): boolean {
  const before = /([\p{L}]+)[^\p{L}\n]{1,3}$/u.exec(prose.slice(Math.max(0, token.start - 40), token.start))?.[1];
  const after = /^[^\p{L}\n]{1,3}([\p{L}]+)/u.exec(prose.slice(token.end, token.end + 40))?.[1];
  return [before, after].some((word) => word !== undefined && !isAllCaps(word) && word.length > 1);
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
export function nameLooksMistyped(
  document: LintDocument,
  token: WordToken,
  speller: Speller,
  suggestions: readonly string[],
  isKnownTerm: (word: string) => boolean,
): boolean {
  if (namesAnOrganisation(document.prose, token) || joinsKnownWords(token.word, speller, isKnownTerm)) return false;
  return (
    aimsAtName(token.word, suggestions, speller, isKnownTerm) ||
    // Title case capitalises first letters only: "UoM Clinical Genomics" is a name, not a title-case slip.
    (!hasInnerCapital(token.word) && inTitleCasePhrase(document, token, speller) && aimsAtWord(token.word, suggestions))
  );
}

// Words that follow an organisation's own name: "McCann World Group", "Qube Research & Technologies".
const ORGANISATION_WORD =
  /^[ \t]+(?:(?:\p{Lu}\p{L}*|&)[ \t]+){0,3}(?:Group|Foundation|Institute|University|College|School|Inc|Ltd|LLC|LLP|PLC|GmbH|AG|SA|BV|Partners|Labs?|Studios?|Media|Systems|Technologies|Consulting|Agency|Trust|Council|Bank|Hospital|Clinic|Society|Association|Company|Corporation|Holdings|Ventures|Capital|Management)\b/u;

function namesAnOrganisation(prose: string, token: WordToken): boolean {
  return ORGANISATION_WORD.test(prose.slice(token.end, token.end + 80));
}

/**
 * A name built from known words and letters in camel case, as products are
 * named: "HaskellR" (Haskell + R), "NixOS" (Nix + OS), "YouGov".
 */
function joinsKnownWords(word: string, speller: Speller, isKnownTerm: (word: string) => boolean): boolean {
  const parts = word.match(/\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+/gu) ?? [];
  if (parts.length < 2 || parts.join('') !== word) return false;
  return parts.every((part) => part.length <= 2 || isKnownTerm(part) || speller.correct(part));
}

// Titles that come before a person's name: the next word is a name, not the tail of a title-case phrase.
const HONORIFICS = new Set(['professor', 'prof', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend']);

/**
 * One of the best suggestions is a name one slip away with the same first
 * letter. Dictionary proper nouns need a cheap slip (a swap, a doubled or
 * left-out letter, a vowel), short words a swap or doubling ("Cana" is not
 * "Canva").
 */
function aimsAtName(word: string, suggestions: readonly string[], speller: Speller, isKnownTerm: (word: string) => boolean): boolean {
  const typed = word.toLowerCase();
  const short = word.length <= 4;
  return suggestions.slice(0, 3).some((suggestion) => {
    const candidate = suggestion.toLowerCase();
    if (candidate.includes(' ') || candidate.charAt(0) !== typed.charAt(0)) return false;
    const limit = slipAllowed(suggestion, short, speller, isKnownTerm);
    return limit !== undefined && typoDistance(typed, candidate, limit) <= limit;
  });
}

/** How far a typo may be from `name` to count as aimed at it; undefined when `name` is no name. */
function slipAllowed(name: string, short: boolean, speller: Speller, isKnownTerm: (word: string) => boolean): number | undefined {
  if (isKnownTerm(name)) return short ? 0.7 : 1;
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
  const before = wordBefore(document.prose, token.start);
  if (before !== undefined && HONORIFICS.has(before.toLowerCase())) return false;
  return [before, wordAfter(document.prose, token.end)].some(
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
