import type { Diagnostic } from '../../../postings/lint/types.js';

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/**
 * A warning's span as offsets into the text it was found in. Lines and
 * columns are counted without a byte-order mark, as the lint engine does.
 */
export function diagnosticSpan(text: string, starts: readonly number[], diagnostic: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): { start: number; end: number } {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const at = (line: number, column: number) => {
    const lineStart = starts[Math.max(0, Math.min(starts.length - 1, line - 1))] ?? 0;
    const offset = lineStart + column - 1 + (line === 1 ? bom : 0);
    return Math.max(0, Math.min(text.length, offset));
  };
  const start = at(diagnostic.line, diagnostic.column);
  return { start, end: Math.max(start, at(diagnostic.endLine, diagnostic.endColumn)) };
}
