/**
 * Whether the word at `offset` of prose starts a sentence: nothing before it
 * but the start of a line (after list markers, blanked in prose), or
 * sentence-ending punctuation, a colon, or an opening quote or bracket.
 * Used to tell "The the" (a slip) from "Chef Server server" (a name) and
 * the article "A" from the letter in "Plan A".
 */
export function startsSentence(prose: string, offset: number): boolean {
  const before = prose.slice(Math.max(0, offset - 200), offset);
  const trimmed = before.trimEnd();
  return trimmed === '' || /[.!?:;…“"(]$/.test(trimmed) || /\n[ \t]*$/.test(before);
}
