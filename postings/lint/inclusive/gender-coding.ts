/**
 * Gender-coded wording: gender-decoder's word lists and scoring, per posting.
 *
 * Scored text: the body's prose and the displayed front matter (title,
 * subtitle, description, summary; see text/displayed-text.ts) — what a candidate reads
 * on the careers page. Code, URLs, e-mail addresses and the other front
 * matter keys are not part of the ad and are not scored.
 *
 * Matching, as gender-decoder does it (app/models.py at 73724e6): the text is
 * split into words (decoder-tokens.ts); a lower-cased word counts when it
 * starts with a stem of a list and is not one of the exceptions; every
 * occurrence counts, and a word that starts with two stems of one list
 * ("dominant": "domina" and "dominant") counts twice, as there, so the
 * verdict is the one gender-decoder gives.
 */

import type { LintDocument } from '../types.js';
import { decoderTokens } from './decoder-tokens.js';
import { displayedText } from '../text/displayed-text.js';
import { FEMININE_CODED_STEMS, HYPHENATED_CODED_STEMS, MASCULINE_CODED_STEMS, NON_CODED_EXCEPTIONS } from './wordlists/gender-decoder.js';

export type Coding = 'masculine' | 'feminine';

export type GenderVerdict =
  | 'empty'
  | 'neutral'
  | 'feminine-coded'
  | 'strongly feminine-coded'
  | 'masculine-coded'
  | 'strongly masculine-coded';

export interface GenderCoding {
  verdict: GenderVerdict;
  /** Masculine-coded words as written, every occurrence, in text order. */
  masculine: string[];
  /** Feminine-coded words as written, every occurrence, in text order. */
  feminine: string[];
}

export interface CodedWord {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
  coding: Coding;
  /** The stems it starts with (more than one counts more than once). */
  stems: string[];
}

const EXCEPTIONS = new Set(NON_CODED_EXCEPTIONS);

/** Stems by their first letter, so each word is compared with a handful of stems, not a hundred. */
function byFirstLetter(stems: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const stem of stems) index.set(stem.charAt(0), [...(index.get(stem.charAt(0)) ?? []), stem]);
  return index;
}

const MASCULINE_BY_LETTER = byFirstLetter(MASCULINE_CODED_STEMS);
const FEMININE_BY_LETTER = byFirstLetter(FEMININE_CODED_STEMS);
const NONE: readonly string[] = [];

// The rule and the per-posting summary read the same text in one lint: scan it once.
let lastScan: { text: string; words: readonly CodedWord[] } | undefined;

/** The coded words of a text, in order; a word coded both ways appears once per coding. */
export function findCodedWords(text: string): readonly CodedWord[] {
  if (lastScan?.text === text) return lastScan.words;
  const words: CodedWord[] = [];
  for (const token of decoderTokens(text, HYPHENATED_CODED_STEMS)) {
    if (EXCEPTIONS.has(token.lower)) continue;
    const letter = token.lower.charAt(0);
    const masculine = (MASCULINE_BY_LETTER.get(letter) ?? NONE).filter((stem) => token.lower.startsWith(stem));
    const feminine = (FEMININE_BY_LETTER.get(letter) ?? NONE).filter((stem) => token.lower.startsWith(stem));
    if (masculine.length > 0) words.push({ word: token.text, start: token.start, end: token.end, coding: 'masculine', stems: masculine });
    if (feminine.length > 0) words.push({ word: token.text, start: token.start, end: token.end, coding: 'feminine', stems: feminine });
  }
  lastScan = { text, words };
  return words;
}

/** gender-decoder's verdict (JobAd.assess_coding): feminine minus masculine count, thresholds at 0 and ±3. */
export function verdictFor(masculineCount: number, feminineCount: number): GenderVerdict {
  const score = feminineCount - masculineCount;
  if (score === 0) return feminineCount > 0 ? 'neutral' : 'empty';
  if (score > 3) return 'strongly feminine-coded';
  if (score > 0) return 'feminine-coded';
  if (score < -3) return 'strongly masculine-coded';
  return 'masculine-coded';
}

/** The summary of a text: the verdict and the coded words, counted as gender-decoder counts them. */
export function genderCodingOfText(text: string): GenderCoding {
  const masculine: string[] = [];
  const feminine: string[] = [];
  for (const coded of findCodedWords(text)) {
    const list = coded.coding === 'masculine' ? masculine : feminine;
    for (let count = 0; count < coded.stems.length; count += 1) list.push(coded.word);
  }
  return { verdict: verdictFor(masculine.length, feminine.length), masculine, feminine };
}

/** The per-posting summary `posting-desk lint --format json` prints. */
export function genderCoding(document: LintDocument): GenderCoding {
  return genderCodingOfText(displayedText(document));
}
