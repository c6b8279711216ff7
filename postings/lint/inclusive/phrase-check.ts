/**
 * The check every phrase-list rule of the inclusive family shares: find the
 * list's phrases in the posting's prose and displayed front matter, skip the
 * uses the list says are fine, and report each with its reason and neutral
 * alternatives as suggestions.
 */

import { articleFor } from '../text/a-an-sound.js';
import { inCaseOf } from '../text/case.js';
import { quote } from '../text/quote.js';
import type { LintDocument, Report, Suggestion } from '../types.js';
import { namesLinkedSite } from '../text/links.js';
import { insideQuotation, readsAsName, startsSentence } from './match-context.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import { displayedText } from '../text/displayed-text.js';

/** Where a match was found, for an entry's own test of its context. */
export interface MatchInContext {
  document: LintDocument;
  /** The displayed text (prose plus displayed front matter), same offsets as document.text. */
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
function findPhrases(document: LintDocument, matcher: PhraseMatcher<InclusivePhrase>): PhraseMatch<InclusivePhrase>[] {
  const text = displayedText(document);
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
  const suggestions = alternatives.map((alternative) => suggestionFor(document.text, match.start, match.end, alternative));
  return {
    message: `${quote(shown)} ${match.entry.reason}${consider(alternatives)}`,
    start: match.start,
    end: match.end,
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}

/** " Consider “expert” or “specialist”." for a message; empty without alternatives. */
export function consider(alternatives: readonly string[]): string {
  return alternatives.length === 0 ? '' : ` Consider ${alternatives.map(quote).join(' or ')}.`;
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
    const wanted = articleFor(/^\S*/u.exec(alternative)?.[0] ?? '') === 'an' ? 'an' : 'a';
    if (article[1].toLowerCase() !== wanted) {
      const articleStart = start - article[0].length;
      return {
        title: `Replace with ${quote(`${wanted} ${alternative}`)}`,
        edit: { start: articleStart, end, text: `${inCaseOf(article[1], wanted)}${article[2]}${replacement}` },
      };
    }
  }
  return { title: `Replace with ${quote(alternative)}`, edit: { start, end, text: replacement } };
}
