import { tokenizeWords, type WordToken } from '../spelling/tokenize.js';
import type { LintDocument } from '../types.js';

/**
 * The front matter fields a reader of the careers page sees as text: the
 * title is the page's heading, and themes show the subtitle, description or
 * summary in listings. "Rockstar Developer" in the title is the first thing a
 * candidate reads, so the spelling rule, the inclusive rules and the
 * gender-coding score read these fields as well as the body's prose.
 */
const DISPLAYED_FIELDS = ['title', 'subtitle', 'description', 'summary'] as const;

const cache = new WeakMap<LintDocument, string>();

/**
 * The text a reader sees: `document.prose` (the body's
 * prose, everything else blanked) with the displayed front matter string
 * values put back at their own offsets. Same length as `document.text`, so an
 * offset found in it is an offset in the file.
 */
export function displayedText(document: LintDocument): string {
  const cached = cache.get(document);
  if (cached !== undefined) return cached;
  const ranges = DISPLAYED_FIELDS.flatMap((path) => {
    const field = document.field(path);
    if (!field || field.value.type !== 'string') return [];
    if (field.valueStart < 0 || field.valueEnd > document.text.length || field.valueStart >= field.valueEnd) return [];
    return [{ start: field.valueStart, end: field.valueEnd }];
  }).sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    text += document.prose.slice(at, range.start) + document.text.slice(range.start, range.end);
    at = range.end;
  }
  text += document.prose.slice(at);
  cache.set(document, text);
  return text;
}

const words = new WeakMap<LintDocument, WordToken[]>();

/** The words of `displayedText`, tokenized once per document for the rules that read every word. */
export function displayedWords(document: LintDocument): readonly WordToken[] {
  let found = words.get(document);
  if (!found) {
    found = tokenizeWords(displayedText(document));
    words.set(document, found);
  }
  return found;
}
