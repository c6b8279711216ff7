/**
 * How far a misspelling is from a candidate word, weighted by how people
 * actually mistype: swapping two letters ("teh"), doubling or undoubling a
 * letter ("Parallization" → "Parallelization" adds an "l" beside an "l"),
 * leaving a letter out ("abilty"), a wrong vowel ("seperate") or a missing
 * accent cost less than an arbitrary edit. Left-out letters, the most common
 * typing slip, cost a little less than wrong vowels, so "pont" is "point"
 * before it is "pant". Restricted Damerau–Levenshtein (optimal string alignment) with these
 * weights, bounded: the walk stops as soon as the bound cannot be met, which
 * is what makes scanning a whole dictionary affordable.
 *
 * Both strings are expected in lower case.
 */

export const COSTS = {
  /** A wrong letter, or an extra one. */
  edit: 1,
  /** A letter left out. */
  omitted: 0.85,
  transpose: 0.7,
  /** A letter doubled or undoubled. */
  doubled: 0.5,
  vowel: 0.9,
  accent: 0.3,
} as const;

const VOWEL_CODES = new Set([...'aeiouy'].map((vowel) => vowel.charCodeAt(0)));

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  if (a >= 128 || b >= 128) {
    const plainA = String.fromCharCode(a).normalize('NFD').charCodeAt(0);
    const plainB = String.fromCharCode(b).normalize('NFD').charCodeAt(0);
    if (plainA === plainB) return COSTS.accent;
    a = plainA;
    b = plainB;
  }
  return VOWEL_CODES.has(a) && VOWEL_CODES.has(b) ? COSTS.vowel : COSTS.edit;
}

/** Cost of each character of `word` being there or not: cheap when it doubles a neighbour. */
function fillIndelCosts(word: string, into: Float64Array, cost: number): void {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    into[index] = code === word.charCodeAt(index - 1) || code === word.charCodeAt(index + 1) ? COSTS.doubled : cost;
  }
}

// Rows and per-character costs reused across calls: a dictionary scan makes
// tens of thousands of them.
let capacity = 0;
let rows: [Float64Array, Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];
let typedIndel = new Float64Array(0);
let candidateIndel = new Float64Array(0);

function reserve(length: number): void {
  if (length < capacity) return;
  capacity = length * 2 + 1;
  rows = [new Float64Array(capacity), new Float64Array(capacity), new Float64Array(capacity)];
  typedIndel = new Float64Array(capacity);
  candidateIndel = new Float64Array(capacity);
}

/** The weighted distance, or Infinity when it is more than `bound`. */
export function typoDistance(typed: string, candidate: string, bound = Infinity): number {
  const n = typed.length;
  const m = candidate.length;
  if (Math.abs(n - m) * COSTS.doubled > bound) return Infinity;
  reserve(Math.max(n, m));
  // A letter of the typed word not in the candidate was typed in extra; a
  // letter of the candidate not typed was left out.
  fillIndelCosts(typed, typedIndel, COSTS.edit);
  fillIndelCosts(candidate, candidateIndel, COSTS.omitted);
  let [before, previous, current] = rows;
  previous[0] = 0;
  for (let j = 1; j <= m; j += 1) previous[j] = (previous[j - 1] as number) + (candidateIndel[j - 1] as number);
  for (let i = 1; i <= n; i += 1) {
    const typedCode = typed.charCodeAt(i - 1);
    const typedBefore = typed.charCodeAt(i - 2);
    const deletion = typedIndel[i - 1] as number;
    current[0] = (previous[0] as number) + deletion;
    let rowMinimum = current[0] as number;
    for (let j = 1; j <= m; j += 1) {
      const candidateCode = candidate.charCodeAt(j - 1);
      let cost = (previous[j] as number) + deletion;
      const insertion = (current[j - 1] as number) + (candidateIndel[j - 1] as number);
      if (insertion < cost) cost = insertion;
      const substitution = (previous[j - 1] as number) + substitutionCost(typedCode, candidateCode);
      if (substitution < cost) cost = substitution;
      if (i > 1 && j > 1 && typedCode !== candidateCode && typedCode === candidate.charCodeAt(j - 2) && typedBefore === candidateCode) {
        const transposition = (before[j - 2] as number) + COSTS.transpose;
        if (transposition < cost) cost = transposition;
      }
      current[j] = cost;
      if (cost < rowMinimum) rowMinimum = cost;
    }
    if (rowMinimum > bound) return Infinity;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  const distance = previous[m] as number;
  return distance > bound ? Infinity : distance;
}

/** How many leading characters two words share. */
export function commonPrefixLength(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let index = 0;
  while (index < length && a.charCodeAt(index) === b.charCodeAt(index)) index += 1;
  return index;
}
