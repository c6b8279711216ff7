import { describe, expect, it } from 'vitest';
import type { Warning } from '../lint/lint-protocol.js';
import { groupWarnings, readiness } from './readiness.js';

const warning = (ruleId: string, family: Warning['family'], line = 1, severity: Warning['severity'] = 'warning'): Warning => ({
  ruleId, family, severity, message: ruleId, line, column: 1, endLine: line, endColumn: 2,
});

describe('the readiness checklist', () => {
  it('counts the warnings in the way of each item and ticks the rest', () => {
    const items = readiness([warning('pay-range', 'completeness'), warning('spelling', 'spelling'), warning('spelling', 'spelling')]);
    expect(items.map((item) => [item.label, item.count])).toEqual([
      ['Pay range', 1], ['Location', 0], ['How to apply', 0], ['Spelling', 2], ['Inclusive wording', 0], ['Details complete', 0],
    ]);
  });
});

describe('grouping warnings', () => {
  it('groups by family with names for HR staff, errors first', () => {
    const groups = groupWarnings([warning('spelling', 'spelling', 9), warning('required-fields', 'front-matter', 2), warning('spelling', 'spelling', 3, 'error')]);
    expect(groups.map((group) => group.name)).toEqual(['Details', 'Spelling']);
    expect(groups[1]!.warnings.map((entry) => entry.index)).toEqual([2, 0]);
  });
});
