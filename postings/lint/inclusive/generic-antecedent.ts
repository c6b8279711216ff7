/**
 * Whether a "he" or "she" stands for the person the posting is looking for
 * ("The successful candidate … he will report to …") rather than for a real
 * person ("Our CTO, Ana, … she will mentor you") or a quotation. We only flag
 * a lone pronoun when the sentence or the one before it, in the same
 * paragraph or list item, names a generic person: the phrases job ads use for
 * whoever is hired ("the ideal candidate", "each engineer", "in this role"),
 * or "the …" with the job title's own noun ("the Account Executive" in a
 * posting titled "Account Executive"). A pronoun about a named colleague is
 * not preceded by those.
 */

import type { LintDocument } from '../types.js';
import { paragraphStart } from './match-context.js';

const HIRE_NOUN = String.raw`(?:candidate|applicant|hire|person|individual|employee|jobholder|job holder|post-?holder|incumbent|team member|staff member|engineer|developer|manager|designer|analyst|representative|writer|specialist|lead|leader|director|consultant|administrator|architect|assistant|associate|coordinator|officer|technician|scientist|executive|recruit|worker|user|customer|client)s?`;

const GENERIC_PERSON = new RegExp(
  [
    String.raw`\bthe\s+(?:ideal|successful|right|selected|chosen|perfect|qualified|prospective|preferred)\s+(?:[\p{L}-]+\s+){0,2}${HIRE_NOUN}\b`,
    String.raw`\b(?:the|a|an|any|each|every|our\s+new)\s+(?:candidate|applicant|new\s+hire|hire|incumbent|jobholder|job\s+holder|post-?holder|role\s+holder|position\s+holder)s?\b`,
    String.raw`\b(?:each|every|any)\s+(?:[\p{L}-]+\s+)?${HIRE_NOUN}\b`,
    String.raw`\b(?:in|for)\s+this\s+(?:role|position|job|post)\b`,
    String.raw`\b(?:whoever|someone\s+who|the\s+person\s+(?:who|we\s+hire|in\s+this\s+role))\b`,
  ].join('|'),
  'iu',
);

const titleNouns = new WeakMap<LintDocument, RegExp | null>();

/** "the … Executive" for a posting titled "Account Executive": the title's last word before any comma or bracket. */
function titleNoun(document: LintDocument): RegExp | null {
  const cached = titleNouns.get(document);
  if (cached !== undefined) return cached;
  const title = document.field('title');
  const head = title?.value.type === 'string' ? title.value.value.split(/[,(–—|:]|\s-\s/)[0] ?? '' : '';
  const noun = /([\p{L}]{3,})\s*$/u.exec(head)?.[1];
  const pattern = noun ? new RegExp(String.raw`\bthe\s+(?:[\p{L}-]+\s+){0,3}${noun}s?\b`, 'iu') : null;
  titleNouns.set(document, pattern);
  return pattern;
}

/**
 * Whether the text before `start` (this sentence and the one before, in the
 * same paragraph or list item) names a generic hire. `text` is the prose the
 * rules read, with the same offsets as `document.text`.
 */
export function followsGenericPerson(document: LintDocument, text: string, start: number): boolean {
  const paragraph = text.slice(paragraphStart(document.text, start), start);
  const sentences = paragraph.split(/(?<=[.!?])\s+/);
  const recent = sentences.slice(-2).join(' ');
  return GENERIC_PERSON.test(recent) || (titleNoun(document)?.test(recent) ?? false);
}
