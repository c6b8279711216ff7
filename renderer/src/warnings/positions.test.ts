import { describe, expect, it } from 'vitest';
import { diagnosticSpan, lineStarts } from './positions.js';

describe('where a warning is', () => {
  it('turns 1-based lines and columns into offsets', () => {
    const text = '+++\ntitle = "A"\n+++\nWe recieve mail.\n';
    const span = diagnosticSpan(text, lineStarts(text), { line: 4, column: 4, endLine: 4, endColumn: 11 });
    expect(text.slice(span.start, span.end)).toBe('recieve');
  });
  it('counts past a byte-order mark on the first line', () => {
    const text = '\uFEFFteh cat';
    const span = diagnosticSpan(text, lineStarts(text), { line: 1, column: 1, endLine: 1, endColumn: 4 });
    expect(text.slice(span.start, span.end)).toBe('teh');
  });
});
