import { COSTS, commonPrefixLength, typoDistance } from './typo-distance.js';

/** A word the index found near a misspelling. */
export interface Candidate {
  /** The word as the dictionary writes it ("ability", "JavaScript"). */
  word: string;
  /** Weighted typo distance from the misspelling (see typo-distance.ts). */
  cost: number;
}

/** The words of one length, with what the scan filters on kept in typed arrays (cheap to read). */
interface Bucket {
  keys: string[];
  words: string[];
  masks: Int32Array;
  /** First and second character code of each key. */
  firsts: Uint16Array;
  seconds: Uint16Array;
}

/**
 * Which letters a word contains, one bit each (other characters share six
 * bits; a shared bit only weakens the filter, never wrongly drops a word).
 */
function letterMask(key: string): number {
  let mask = 0;
  for (let index = 0; index < key.length; index += 1) {
    const code = key.charCodeAt(index);
    mask |= code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << (26 + (code % 6));
  }
  return mask;
}

function bitCount(value: number): number {
  let rest = value - ((value >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Each letter one word has and the other lacks needs its own edit (dropping
// the only copy of a letter is no cheap undoubling; dropping a doubled one
// takes two), and one edit (a substitution) serves at most one such letter on
// each side.
const COST_PER_MISSING_LETTER = Math.min(COSTS.edit, COSTS.omitted, COSTS.vowel, 2 * COSTS.doubled);

/**
 * Finds dictionary words within a small typo distance of a misspelling by
 * scanning the words of similar length. nspell's own `suggest` only explores
 * two edits for short words and gives up on longer ones, so it has nothing
 * for "Demonstratable" or "Parallization" (two letters away from the right
 * word) and takes 50–250 ms doing so; a bounded scan of ~120,000 forms finds
 * them in a few milliseconds.
 */
export class SuggestionIndex {
  readonly #buckets = new Map<number, Bucket>();

  /** `words` as written ("ability", "JavaScript"). */
  constructor(words: Iterable<string>) {
    const byLength = new Map<number, { keys: string[]; words: string[] }>();
    for (const word of words) {
      const key = word.toLowerCase();
      let group = byLength.get(key.length);
      if (!group) {
        group = { keys: [], words: [] };
        byLength.set(key.length, group);
      }
      group.keys.push(key);
      group.words.push(word);
    }
    for (const [length, group] of byLength) {
      const count = group.keys.length;
      const bucket: Bucket = {
        ...group,
        masks: new Int32Array(count),
        firsts: new Uint16Array(count),
        seconds: new Uint16Array(count),
      };
      group.keys.forEach((key, index) => {
        bucket.masks[index] = letterMask(key);
        bucket.firsts[index] = key.charCodeAt(0);
        bucket.seconds[index] = key.charCodeAt(1) || 0;
      });
      this.#buckets.set(length, bucket);
    }
  }

  /** Words within `bound` of `typed` (any case), nearest first. */
  nearest(typed: string, bound: number): Candidate[] {
    const key = typed.toLowerCase();
    const found: Candidate[] = [];
    const mask = letterMask(key);
    const first = key.charCodeAt(0);
    const second = key.charCodeAt(1);
    // A length difference of more than the bound would take several doubled
    // letters in a row; not worth scanning twice as many words for.
    const spread = Math.ceil(bound);
    for (let length = Math.max(1, key.length - spread); length <= key.length + spread; length += 1) {
      const bucket = this.#buckets.get(length);
      if (!bucket) continue;
      const { keys, masks, firsts, seconds } = bucket;
      for (let index = 0; index < keys.length; index += 1) {
        // People seldom get a word's start wrong twice: a candidate must keep
        // one of the first two letters in one of the first two places, which
        // still covers any single slip there ("xperience", "rxperience",
        // "xeperience") and skips four in five words before the costly part.
        const otherFirst = firsts[index] as number;
        const otherSecond = seconds[index] as number;
        if (otherFirst !== first && otherFirst !== second && otherSecond !== first && otherSecond !== second) continue;
        const otherMask = masks[index] as number;
        const missing = Math.max(bitCount(mask & ~otherMask), bitCount(otherMask & ~mask));
        if (missing * COST_PER_MISSING_LETTER > bound) continue;
        const cost = typoDistance(key, keys[index] as string, bound);
        if (cost !== Infinity) found.push({ word: bucket.words[index] as string, cost });
      }
    }
    return rankCandidates(typed, found).filter(firstOfEachSpelling());
  }
}

/**
 * Keeps one of the words that differ only in case ("polish", "Polish"): the
 * first in rank order, which is the lower-case one (see rankCandidates).
 */
export function firstOfEachSpelling(): (candidate: Candidate) => boolean {
  const seen = new Set<string>();
  return (candidate) => {
    const key = candidate.word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/**
 * Orders candidates: nearest first; among equals, a word that keeps the first
 * letter (people rarely mistype it) and shares a longer beginning with what
 * was typed, then one of similar length, then a common word before a name
 * spelled the same ("polish" before "Polish"), then alphabetical for stable
 * output.
 */
export function rankCandidates(typed: string, candidates: Candidate[]): Candidate[] {
  const key = typed.toLowerCase();
  const score = (candidate: Candidate): number => {
    const other = candidate.word.toLowerCase();
    return candidate.cost + (other.charAt(0) === key.charAt(0) ? 0 : 0.25);
  };
  return [...candidates].sort((a, b) => {
    const difference = score(a) - score(b);
    if (Math.abs(difference) > 1e-9) return difference;
    const prefix = commonPrefixLength(key, b.word.toLowerCase()) - commonPrefixLength(key, a.word.toLowerCase());
    if (prefix !== 0) return prefix;
    const length = Math.abs(a.word.length - key.length) - Math.abs(b.word.length - key.length);
    if (length !== 0) return length;
    const lowerFirst = Number(b.word === b.word.toLowerCase()) - Number(a.word === a.word.toLowerCase());
    if (lowerFirst !== 0) return lowerFirst;
    return a.word < b.word ? -1 : a.word > b.word ? 1 : 0;
  });
}
