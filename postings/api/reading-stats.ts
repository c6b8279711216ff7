import type { ReadingLevel } from './api.js';
import { createLintDocument } from '../lint/document.js';
import { bodyWords } from '../lint/text/words.js';

export interface ReadingStats {
  wordCount: number;
  readingMinutes: number;
  readingLevel?: ReadingLevel;
}

const WORDS_PER_MINUTE = 238;

/** Vowel groups, less a silent final "e": the usual estimate of syllables in English. */
export function syllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length <= 3) return 1;
  const trimmed = lower.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

function levelLabel(ease: number): string {
  if (ease >= 80) return 'Easy to read';
  if (ease >= 60) return 'Plain English';
  if (ease >= 50) return 'Fairly difficult';
  if (ease >= 30) return 'Difficult';
  return 'Very difficult';
}

/**
 * Word count, reading time and reading level (Flesch–Kincaid) of a posting's
 * body prose. A sentence ends at . ! ? or at the end of a list item or
 * heading, as a reader pauses there.
 */
export function readingStats(text: string): ReadingStats {
  const document = createLintDocument(text);
  const words = bodyWords(document);
  const wordCount = words.length;
  const readingMinutes = wordCount === 0 ? 0 : Math.ceil(wordCount / WORDS_PER_MINUTE);
  const prose = document.prose.slice(document.bodyStart);
  const sentences = prose
    .split(/[.!?]+(?=\s|$)|\n\s*\n|\n(?=\s*\S)/)
    .filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
  if (sentences < 3 || wordCount < 30) return { wordCount, readingMinutes };
  const syllableCount = words.reduce((sum, word) => sum + syllables(word.text), 0);
  const wordsPerSentence = wordCount / sentences;
  const syllablesPerWord = syllableCount / wordCount;
  const grade = Math.round((0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59) * 10) / 10;
  const ease = Math.round(Math.min(100, Math.max(0, 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord)));
  return { wordCount, readingMinutes, readingLevel: { grade: Math.max(0, grade), ease, label: levelLabel(ease) } };
}
