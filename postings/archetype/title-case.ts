// Hugo's default titleCaseStyle is AP: minor words stay lower case unless first or last.
const MINOR_WORDS = new Set(['a', 'an', 'and', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'so', 'the', 'to', 'up', 'yet']);

export function apTitleCase(text: string): string {
  const words = text.split(/(\s+)/);
  const last = words.length - 1;
  return words
    .map((word, index) => {
      if (/^\s*$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (index !== 0 && index !== last && MINOR_WORDS.has(lower)) return lower;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join('');
}
