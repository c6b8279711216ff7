export interface DiffLine {
  text: string;
  changed: boolean;
}

/** Above this many line pairs the comparison marks the whole middle instead (a quadratic table would be slow). */
const MAX_CELLS = 4_000_000;

/**
 * Two versions of a file side by side, each line marked when it is not part
 * of their longest common run of lines: enough to see where two versions
 * differ before choosing one.
 */
export function sideBySide(theirs: string, mine: string): { theirs: DiffLine[]; mine: DiffLine[] } {
  const a = theirs.split(/\r?\n/);
  const b = mine.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const [keepA, keepB] = midA.length * midB.length <= MAX_CELLS ? common(midA, midB) : [new Set<number>(), new Set<number>()];
  const mark = (lines: string[], kept: Set<number>) =>
    lines.map((text, index) => ({ text, changed: index >= start && index < lines.length - end && !kept.has(index - start) }));
  return { theirs: mark(a, keepA), mine: mark(b, keepB) };
}

/** The indexes of each side's lines in a longest common subsequence. */
function common(a: readonly string[], b: readonly string[]): [Set<number>, Set<number>] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = a[i] === b[j] ? (table[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const keepA = new Set<number>();
  const keepB = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      keepA.add(i++);
      keepB.add(j++);
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return [keepA, keepB];
}
