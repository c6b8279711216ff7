import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import type { Diagnostic } from '../../types.js';
import { headingTitleRule } from './heading-title.js';

const body = (text: string) => `+++\ntitle = "Senior Data Engineer"\n+++\n\n${text}\n`;
const lint = (text: string) => runRule(headingTitleRule, body(text));
const applyEdit = (text: string, edit: Diagnostic['fix']) => (edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text);

describe('heading-title', () => {
  describe('valid', () => {
    it.each([
      '## About us\n\nText.\n\n### Benefits\n\nMore.\n\n## Requirements',
      '### Qualifications\n\n### Nice to have',
      '## About the Senior Data Engineer role',
      'No headings at all.',
      '```\n# not a heading\n```',
    ])('%j', (text) => {
      expect(lint(text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a level-1 heading and makes it level 2', () => {
      const text = body('# What you will do\n\nThings.');
      const [diagnostic, ...rest] = runRule(headingTitleRule, text);
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ severity: 'warning', line: 5 });
      expect(diagnostic?.message).toBe(
        '“What you will do” is a level-1 heading (#), like the page title the site shows above the text: use ## for sections (the fix moves every heading down one level).',
      );
      expect(applyEdit(text, diagnostic?.fix)).toBe(body('## What you will do\n\nThings.'));
    });

    it('warns once per posting and moves the whole outline down one level', () => {
      const text = body('# What you will do\n\n## External\n\n### Internal\n\n# Qualifications\n\nText.');
      const diagnostics = runRule(headingTitleRule, text);
      expect(diagnostics.map((diagnostic) => flagged(text, diagnostic))).toEqual(['# What you will do']);
      expect(diagnostics[0]?.message).toMatch(/^This posting has 2 level-1 headings \(#\), starting with “What you will do”, like the page title/);
      expect(applyEdit(text, diagnostics[0]?.fix)).toBe(body('## What you will do\n\n### External\n\n#### Internal\n\n## Qualifications\n\nText.'));
    });

    it('gives no fix when a heading is already at level 6', () => {
      const [diagnostic] = lint('# Top\n\n## A\n\n### B\n\n#### C\n\n##### D\n\n###### E');
      expect(diagnostic?.message).toBe('“Top” is a level-1 heading (#), like the page title the site shows above the text: use ## for sections.');
      expect(diagnostic?.fix).toBeUndefined();
    });

    it('flags a setext level-1 heading without a fix', () => {
      const [diagnostic] = lint('Benefits\n========\n\nText.');
      expect(diagnostic?.message).toContain('level-1 heading');
      expect(diagnostic?.fix).toBeUndefined();
    });

    it('flags a heading that repeats the title, suggesting to remove it', () => {
      const text = body('## Senior Data Engineer!\n\nText.');
      const [diagnostic] = runRule(headingTitleRule, text);
      expect(diagnostic?.message).toBe('This heading repeats the posting’s title, which the page already shows above the text.');
      expect(applyEdit(text, diagnostic?.suggestions?.[0]?.edit)).toBe(body('\nText.'));
    });

    it('reports a skipped level as info', () => {
      const text = body('## Benefits\n\n#### Health');
      const [diagnostic] = runRule(headingTitleRule, text);
      expect(diagnostic).toMatchObject({ severity: 'info' });
      expect(diagnostic?.message).toBe('This heading skips from level 2 (##) to level 4 (####); use ### so the outline has no gap.');
      expect(applyEdit(text, diagnostic?.suggestions?.[0]?.edit)).toBe(body('## Benefits\n\n### Health'));
    });
  });
});
