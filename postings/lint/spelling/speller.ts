import nspell, { type NSpell } from 'nspell';
import type { Speller } from '../types.js';
import { BoundedCache } from './bounded-cache.js';
import { firstOfEachSpelling, rankCandidates, SuggestionIndex, type Candidate } from './suggestion-index.js';
import { FIELD_WORDS } from './field-words.js';
import { isNeverSuggested } from './never-suggest.js';
import { TECH_WORDS } from './tech-words.js';
import type { EnglishVariant } from './variant.js';
import { createWordList, type WordList } from './word-list.js';
import {
  containsDigit,
  isOrdinalShaped,
  isShortAcronym,
  isValidOrdinal,
  matchCase,
  normalizeWord,
  stripDiacritics,
  stripPossessive,
} from './word-shape.js';

/**
 * A Hunspell dictionary's two files as text: what the host reads from disk
 * and hands over (JSON-safe, so it crosses to a Web Worker as it is).
 */
export interface HunspellDictionary {
  aff: string;
  dic: string;
}

/** How many suggestions `suggest` returns at most. */
export const MAX_SUGGESTIONS = 8;

// Parts of a hyphenated word that are prefixes rather than words ("co-founder", "pre-sales").
const HYPHEN_PREFIXES = new Set([
  'anti', 'auto', 'bi', 'co', 'cross', 'de', 'e', 'ex', 'hyper', 'inter', 'macro', 'mega', 'meta', 'micro', 'mid',
  'mini', 'multi', 'non', 'out', 'over', 'post', 'pre', 'pro', 'pseudo', 'quasi', 're', 'self', 'semi', 'sub',
  'super', 'trans', 'tri', 'ultra', 'un', 'under', 'x',
]);

// Short words a run-together pair may split into ("alot" → "a lot", "standup" → "stand up").
const SHORT_WORDS = new Set([
  'a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to',
  'up', 'us', 'we',
]);

/** What one parsed dictionary costs to build, shared by every speller made from it. */
interface DictionaryState {
  checker: NSpell;
  index: SuggestionIndex | undefined;
  nearest: BoundedCache<string, Candidate[]>;
}

// Parsing dictionary-en takes ~400 ms: do it once per dictionary object.
const dictionaries = new WeakMap<HunspellDictionary, DictionaryState>();

function dictionaryState(dictionary: HunspellDictionary): DictionaryState {
  let state = dictionaries.get(dictionary);
  if (!state) {
    state = {
      checker: nspell({ aff: dictionary.aff, dic: dictionary.dic }),
      index: undefined,
      nearest: new BoundedCache(5_000),
    };
    dictionaries.set(dictionary, state);
  }
  return state;
}

/**
 * The words a suggestion may be: every form nspell expanded from the
 * dictionary, minus those only valid inside compounds ("1th") and those the
 * dictionary marks as never to suggest (slurs and profanity) together with
 * the forms built on them ("fucking" from "fuck"), plus the technology
 * vocabulary. Built on the first suggestion request, not at load.
 */
function suggestionIndex(state: DictionaryState): SuggestionIndex {
  if (state.index) return state.index;
  const { data, flags } = state.checker;
  const flagged = (name: string): string | undefined => {
    const flag = flags[name];
    return typeof flag === 'string' && flag !== '' ? flag : undefined;
  };
  const neverSuggest = flagged('NOSUGGEST');
  const notAlone = [flagged('ONLYINCOMPOUND'), flagged('FORBIDDENWORD')];
  const offensive: string[] = [];
  const words: string[] = [...TECH_WORDS, ...FIELD_WORDS];
  for (const word of Object.keys(data)) {
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) continue;
    const codes = data[word];
    if (codes !== undefined && codes.length > 0) {
      if (neverSuggest !== undefined && codes.includes(neverSuggest)) {
        offensive.push(word.toLowerCase());
        continue;
      }
      if (notAlone.some((flag) => flag !== undefined && codes.includes(flag))) continue;
    }
    words.push(word);
  }
  // Checked by the first three letters first: most words share none with them.
  const heads = new Set(offensive.map((word) => word.slice(0, 3)));
  const builtOnOffensive = (word: string): boolean => {
    const key = word.slice(0, 3).toLowerCase();
    if (!heads.has(key)) return false;
    const lower = word.toLowerCase();
    return offensive.some((stem) => lower.startsWith(stem));
  };
  state.index = new SuggestionIndex(words.filter((word) => !builtOnOffensive(word)));
  return state.index;
}

// Oxford spelling: -ize where British dictionaries have -ise ("organization", "realized").
const OXFORD_IZE = /iz(e|es|ed|ing|ation|ations|er|ers)$/;

/** How far from the typed word a suggestion may be: short words get less room. */
export function suggestionBound(word: string): number {
  return word.length <= 3 ? 1 : word.length <= 5 ? 1.5 : 2;
}

/**
 * An English speller over one or more Hunspell dictionaries (a word is right
 * when any of them has it: American and British together for a site that
 * declares no variant), plus the technology vocabulary (tech-words.ts), the
 * words of other fields of work (field-words.ts) and
 * `extraWords` (a repository's word list). With the British variant it also
 * accepts Oxford spellings ("organization" beside "organisation"). Pure apart
 * from its caches: no file access, so the renderer and workers build one from
 * the dictionary texts the host hands them.
 */
export function createSpeller(
  dictionaryTexts: readonly HunspellDictionary[],
  extraWords: readonly string[] = [],
  variant: EnglishVariant = 'en',
): Speller {
  if (dictionaryTexts.length === 0) throw new Error('createSpeller needs at least one dictionary');
  const states = dictionaryTexts.map(dictionaryState);
  const checkers = states.map((state) => state.checker);
  const listed: WordList = createWordList([...TECH_WORDS, ...FIELD_WORDS, ...extraWords]);
  const extraIndex = new SuggestionIndex(createWordList(extraWords).entries);
  const verdicts = new BoundedCache<string, boolean>(20_000);
  const suggestions = new BoundedCache<string, string[]>(2_000);
  const oxford = variant === 'en-GB';

  const inDictionary = (word: string): boolean => checkers.some((checker) => checker.correct(word));
  const isWord = (word: string): boolean =>
    listed.has(word) || inDictionary(word) || (oxford && OXFORD_IZE.test(word) && inDictionary(word.replace(OXFORD_IZE, 'is$1')));

  function correct(raw: string): boolean {
    const word = normalizeWord(raw).trim();
    const known = verdicts.get(word);
    if (known !== undefined) return known;
    const verdict = judge(word);
    verdicts.set(word, verdict);
    return verdict;
  }

  function judge(word: string): boolean {
    if (!/\p{L}/u.test(word)) return true;
    // Version numbers, model names, "3x": not words. Ordinals are, and can be wrong ("2th").
    if (containsDigit(word)) return isOrdinalShaped(word) ? isValidOrdinal(word) : true;
    if ([...word].length === 1) return true;
    if (isWord(word)) return true;
    const plain = stripDiacritics(word);
    if (plain !== word && isWord(plain)) return true;
    if (isShortAcronym(word)) return true;
    const stem = stripPossessive(word);
    if (stem !== undefined && correct(stem)) return true;
    if (word.includes('-')) {
      const parts = word.split('-');
      return parts.every(
        (part, index) => part !== '' && ((index < parts.length - 1 && HYPHEN_PREFIXES.has(part.toLowerCase())) || correct(part)),
      );
    }
    return false;
  }

  function suggest(raw: string): string[] {
    const word = normalizeWord(raw).trim();
    if (correct(word)) return [];
    const known = suggestions.get(word);
    if (known) return [...known];
    const found = findSuggestions(word);
    suggestions.set(word, found);
    return [...found];
  }

  function findSuggestions(word: string): string[] {
    // Mend only the broken part of a possessive or a hyphenated compound.
    const stem = stripPossessive(word);
    if (stem !== undefined && !correct(stem)) return suggest(stem).map((fixed) => fixed + word.slice(stem.length));
    const parts = word.split('-');
    if (parts.length > 1 && parts.every((part) => part !== '')) {
      const wrong = parts.map((part, index) => (correct(part) ? -1 : index)).filter((index) => index >= 0);
      const only = wrong[0];
      if (wrong.length === 1 && only !== undefined) {
        return suggest(parts[only] as string).map((fixed) => parts.map((part, index) => (index === only ? fixed : part)).join('-'));
      }
    }
    const bound = suggestionBound(word);
    const key = word.toLowerCase();
    const near = states.flatMap((state) => {
      let found = state.nearest.get(key);
      if (!found) {
        found = suggestionIndex(state).nearest(word, bound);
        state.nearest.set(key, found);
      }
      return found;
    });
    // Nothing within a couple of typos gives no suggestion. nspell's own
    // `suggest` could still find phonetic misspellings through the
    // dictionary's replacement table, but at 0.1–3 s a word (names and
    // jargon are the usual unknown words), too slow for linting as one types.
    const candidates = [...near, ...extraIndex.nearest(word, bound), ...splits(word)];
    const seen = new Set<string>();
    const result: string[] = [];
    for (const candidate of rankCandidates(word, candidates).filter(firstOfEachSpelling())) {
      const shaped = matchCase(word, candidate.word);
      // A lone letter is never what someone meant by a word of three or more.
      if (shaped === word || seen.has(shaped) || (shaped.length < 2 && word.length > 2) || isNeverSuggested(shaped)) continue;
      seen.add(shaped);
      result.push(shaped);
      if (result.length === MAX_SUGGESTIONS) break;
    }
    return result;
  }

  /** Two words run together: "decisionmaking" → "decision making", "decision-making". */
  function splits(word: string): Candidate[] {
    const found: Candidate[] = [];
    for (let index = 1; index < word.length; index += 1) {
      const left = word.slice(0, index);
      const right = word.slice(index);
      const usable = (part: string): boolean =>
        SHORT_WORDS.has(part.toLowerCase()) || (part.length >= 3 && !isShortAcronym(part) && isWord(part));
      // A lone letter only leads ("alot" → "a lot"); trailing, it is noise ("Punta" → "Punt a").
      if (!usable(left) || !usable(right) || right.length === 1) continue;
      found.push({ word: `${left.toLowerCase()} ${right.toLowerCase()}`, cost: 1 });
      // "decision-making" as well, where both halves are words of their own.
      if (left.length >= 3 && right.length >= 3) found.push({ word: `${left.toLowerCase()}-${right.toLowerCase()}`, cost: 1 });
    }
    return found;
  }

  const [american, british] = checkers;
  if (variant !== 'en' || american === undefined || british === undefined || checkers.length !== 2) return { correct, suggest };

  // Every word of every lint is asked: remember the answers, as `correct` does.
  const variants = new BoundedCache<string, 'american' | 'british' | 'both'>(20_000);

  function variantOf(raw: string): 'american' | 'british' | undefined {
    const word = normalizeWord(raw).trim();
    const known = variants.get(word);
    if (known !== undefined) return known === 'both' ? undefined : known;
    const verdict = judgeVariant(word);
    variants.set(word, verdict ?? 'both');
    return verdict;
  }

  function judgeVariant(word: string): 'american' | 'british' | undefined {
    if (listed.has(word)) return undefined;
    const inAmerican = american?.correct(word) ?? false;
    const inBritish = british?.correct(word) ?? false;
    if (inAmerican === inBritish) return undefined;
    if (inBritish) return 'british';
    // "organization" is Oxford British as well as American.
    return OXFORD_IZE.test(word) && british?.correct(word.replace(OXFORD_IZE, 'is$1')) ? undefined : 'american';
  }

  return { correct, suggest, variantOf };
}
