/**
 * The check every phrase-list rule of the inclusive family shares: find the
 * list's phrases in the posting's prose and displayed front matter, skip the
 * uses the list says are fine, and report each with its reason and neutral
 * alternatives as suggestions.
 */

import type { LintDocument, Report, Suggestion } from '../types.js';
import { insideQuotation, namesLinkedSite, readsAsName, startsSentence } from './match-context.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import { inclusiveText } from './scan-text.js';

/** Where a match was found, for an entry's own test of its context. */
export interface MatchInContext {
  document: LintDocument;
  /** The inclusive text (prose plus displayed front matter), same offsets as document.text. */
  text: string;
  start: number;
  end: number;
  captures: string[];
}

export interface InclusivePhrase {
  /** Variants that mean the same and take the same alternatives (phrase syntax: phrase-matcher.ts). */
  readonly phrases: readonly string[];
  /**
   * Neutral replacements, best first, each offered as a suggestion. "{1}",
   * "{2}" stand for what the phrase's wildcards matched. Empty when no
   * replacement fits every sentence: the reason then says what to do.
   */
  readonly alternatives: readonly string[];
  /** Why it matters, in plain words for HR staff; follows the quoted match: "“guys” {reason}". */
  readonly reason: string;
  /** Not a problem when the text right after the match fits this (e.g. /^\s+image\b/i for "hero image"). */
  readonly unlessFollowedBy?: RegExp;
  /** Not a problem when the text right before the match fits this (e.g. /non-$/i for "non-native speaker"). */
  readonly unlessPrecededBy?: RegExp;
  /** Only a problem when the text right after the match fits this. */
  readonly onlyIfFollowedBy?: RegExp;
  /** Skip it capitalised mid-sentence: then it is a name ("Postman", "Guru", "Jia He"). */
  readonly skipNames?: boolean;
  /** Skip it capitalised mid-sentence even in Title Case, for words that are often surnames ("Neil Young"). */
  readonly skipCapitalised?: boolean;
  /** Skip it inside quotation marks: someone's quoted words. */
  readonly skipQuotations?: boolean;
  /** A test of its own, for what the options above cannot say. */
  readonly when?: (match: MatchInContext) => boolean;
}

const CONTEXT_CHARS = 80;

/** Compiles a word list into a rule's check function. */
export function phraseCheck(entries: readonly InclusivePhrase[]): (document: LintDocument) => Report[] {
  const matcher = new PhraseMatcher(entries);
  return (document) => findPhrases(document, matcher).map((match) => reportFor(document, match));
}

/** The matches of a compiled list that the entries' context tests let through. */
export function findPhrases(document: LintDocument, matcher: PhraseMatcher<InclusivePhrase>): PhraseMatch<InclusivePhrase>[] {
  const text = inclusiveText(document);
  if (!/[\p{L}]/u.test(text)) return [];
  return matcher.matchAll(text, (match) => applies(document, text, match));
}

function applies(document: LintDocument, text: string, match: PhraseMatch<InclusivePhrase>): boolean {
  const { entry, start, end } = match;
  const after = text.slice(end, end + CONTEXT_CHARS);
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  if (entry.unlessFollowedBy?.test(after)) return false;
  if (entry.onlyIfFollowedBy && !entry.onlyIfFollowedBy.test(after)) return false;
  if (entry.unlessPrecededBy?.test(before)) return false;
  if (entry.skipNames && readsAsName(text, start, end)) return false;
  if (entry.skipCapitalised && /^\p{Lu}/u.test(text.slice(start, end)) && !startsSentence(text, start)) return false;
  if (entry.skipQuotations && insideQuotation(document.text, text, start)) return false;
  if (namesLinkedSite(document, start, end)) return false;
  return entry.when ? entry.when({ document, text, start, end, captures: match.captures }) : true;
}

/** The report for one match: “found” + reason + the alternatives, offered as suggestions. */
export function reportFor(document: LintDocument, match: PhraseMatch<InclusivePhrase>): Report {
  const found = document.text.slice(match.start, match.end);
  const shown = found.replace(/\s+/g, ' ');
  const alternatives = match.entry.alternatives.map((alternative) => fillCaptures(alternative, match.captures));
  const consider = alternatives.length === 0 ? '' : ` Consider ${alternatives.map((alternative) => `“${alternative}”`).join(' or ')}.`;
  const suggestions = alternatives.map((alternative) => suggestionFor(document.text, match.start, match.end, alternative));
  return {
    message: `“${shown}” ${match.entry.reason}${consider}`,
    start: match.start,
    end: match.end,
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}

function fillCaptures(alternative: string, captures: readonly string[]): string {
  return alternative.replace(/\{(\d)\}/g, (_, index: string) => captures[Number(index) - 1] ?? '');
}

/**
 * A suggestion replacing text[start, end) with `alternative`, written in the
 * found text's case, and with a preceding "a"/"an" corrected when the
 * replacement needs the other one ("a rockstar" → "an expert").
 */
export function suggestionFor(text: string, start: number, end: number, alternative: string): Suggestion {
  const found = text.slice(start, end);
  const replacement = inCaseOf(found, alternative);
  const article = /(?<![\p{L}\p{N}])(an?)([ \t]+)$/iu.exec(text.slice(Math.max(0, start - 6), start));
  if (article?.[1] && article[2] !== undefined) {
    const wanted = takesAn(replacement) ? 'an' : 'a';
    if (article[1].toLowerCase() !== wanted) {
      const articleStart = start - article[0].length;
      return {
        title: `Replace with “${wanted} ${alternative}”`,
        edit: { start: articleStart, end, text: `${inCaseOf(article[1], wanted)}${article[2]}${replacement}` },
      };
    }
  }
  return { title: `Replace with “${alternative}”`, edit: { start, end, text: replacement } };
}

/** Whether a word takes "an": a vowel sound, roughly (an expert, an hour; a user, a one-off). */
export function takesAn(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|heir|honou?r)/.test(lower)) return true;
  if (/^(?:u[nk]i|us[eu]|ur[aeiou]|eu|one\b|once)/.test(lower)) return false;
  return /^[aeiou]/.test(lower);
}

/** `replacement` written like `found`: ALL CAPS, Title Case or a capital first letter. */
export function inCaseOf(found: string, replacement: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (!/^\p{Lu}/u.test(found)) return replacement;
  const words = found.split(/[\s-]+/).filter((word) => /\p{L}/u.test(word));
  const titleCase = words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word));
  if (titleCase) return replacement.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}
