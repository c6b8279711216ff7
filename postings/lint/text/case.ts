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
