/**
 * A line diff of two texts for the Compare view: runs of equal lines and
 * changes, each change holding both sides, so the user can pick per change.
 * Lines keep their line endings, so joining the parts gives back either text
 * exactly, CRLF and all.
 */
export type DiffPart = { kind: 'same'; lines: string[] } | { kind: 'change'; mine: string[]; theirs: string[] };

export type Pick = 'mine' | 'theirs';

/**
 * Beyond this many cells of the comparison table the middle is shown as one
 * change: still correct, only coarser, and a posting never comes near it.
 */
const MAX_CELLS = 4_000_000;

export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function diffLines(mine: string, theirs: string): DiffPart[] {
  const a = splitLines(mine);
  const b = splitLines(theirs);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const parts: DiffPart[] = [];
  const push = (part: DiffPart): void => {
    const last = parts[parts.length - 1];
    if (part.kind === 'same' && part.lines.length === 0) return;
    if (part.kind === 'change' && part.mine.length === 0 && part.theirs.length === 0) return;
    if (last && last.kind === part.kind) {
      if (last.kind === 'same' && part.kind === 'same') last.lines.push(...part.lines);
      else if (last.kind === 'change' && part.kind === 'change') {
        last.mine.push(...part.mine);
        last.theirs.push(...part.theirs);
      }
      return;
    }
    parts.push(part.kind === 'same' ? { kind: 'same', lines: [...part.lines] } : { kind: 'change', mine: [...part.mine], theirs: [...part.theirs] });
  };
  push({ kind: 'same', lines: a.slice(0, start) });
  for (const part of diffMiddle(a.slice(start, endA), b.slice(start, endB))) push(part);
  push({ kind: 'same', lines: a.slice(endA) });
  return parts;
}

/** Longest common subsequence of lines, walked back into equal runs and changes. */
function diffMiddle(a: string[], b: string[]): DiffPart[] {
  if (a.length === 0 || b.length === 0 || (a.length + 1) * (b.length + 1) > MAX_CELLS) return [{ kind: 'change', mine: a, theirs: b }];
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = a[i] === b[j] ? (table[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let change: { kind: 'change'; mine: string[]; theirs: string[] } | undefined;
  let same: { kind: 'same'; lines: string[] } | undefined;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      change = undefined;
      if (!same) parts.push((same = { kind: 'same', lines: [] }));
      same.lines.push(a[i] as string);
      i += 1;
      j += 1;
      continue;
    }
    same = undefined;
    if (!change) parts.push((change = { kind: 'change', mine: [], theirs: [] }));
    if (j >= b.length || (i < a.length && (table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0))) {
      change.mine.push(a[i] as string);
      i += 1;
    } else {
      change.theirs.push(b[j] as string);
      j += 1;
    }
  }
  return parts;
}

/** The text made of the equal runs and, for each change in order, the side picked (theirs where none is given). */
export function mergeParts(parts: readonly DiffPart[], picks: readonly (Pick | undefined)[]): string {
  let change = 0;
  let text = '';
  for (const part of parts) {
    if (part.kind === 'same') text += part.lines.join('');
    else {
      text += (picks[change] === 'mine' ? part.mine : part.theirs).join('');
      change += 1;
    }
  }
  return text;
}

export function changeCount(parts: readonly DiffPart[]): number {
  return parts.filter((part) => part.kind === 'change').length;
}

export interface DiffLine {
  /** The line without its line ending. */
  text: string;
  changed: boolean;
}

/** Two versions side by side for the save-conflict Compare: every line, marked where it is part of a change. */
export function sideBySide(theirs: string, mine: string): { theirs: DiffLine[]; mine: DiffLine[] } {
  const sides = { theirs: [] as DiffLine[], mine: [] as DiffLine[] };
  const add = (side: DiffLine[], lines: readonly string[], changed: boolean) => {
    for (const line of lines) side.push({ text: line.replace(/\r?\n$/, ''), changed });
  };
  for (const part of diffLines(mine, theirs)) {
    if (part.kind === 'same') {
      add(sides.theirs, part.lines, false);
      add(sides.mine, part.lines, false);
    } else {
      add(sides.theirs, part.theirs, true);
      add(sides.mine, part.mine, true);
    }
  }
  return sides;
}

/** One place where kept text differs from the file: the kept lines there (none when lines were only removed). */
export interface KeptChange {
  lines: string[];
  removed: number;
}

/**
 * What a user's kept (unsaved) text changed against the file as it is now:
 * only the places that differ, each with its kept lines, so the offer to
 * restore shows the user's own changes rather than the whole file.
 */
export function keptChanges(kept: string, onDisk: string): KeptChange[] {
  return diffLines(kept, onDisk).flatMap((part) => (part.kind === 'change' ? [{ lines: part.mine.map((line) => line.replace(/\r?\n$/, '')), removed: part.theirs.length }] : []));
}
