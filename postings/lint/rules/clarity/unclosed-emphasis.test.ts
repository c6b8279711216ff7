import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { unclosedEmphasisRule } from './unclosed-emphasis.js';

const FRONT = '+++\ntitle = "Clerk"\n+++\n';
const lint = (body: string) => runRule(unclosedEmphasisRule, FRONT + body);

describe('unclosed-emphasis', () => {
  it.each([
    '**Location:** Berlin\n',
    '**Bold across\nlines** is fine.\n',
    '***Both*** kinds.\n',
    'Code `**kwargs` and `a ** b`.\n',
    'snake__case__name and __init__ methods.\n',
    '```\n**not markdown\n```\n',
  ])('accepts %j', (body) => {
    expect(lint(body)).toEqual([]);
  });

  it('flags bold that never closes in its paragraph', () => {
    const body = '**Location: Berlin\n\nPay: **€50,000** a year.\n\n__Apply by May\n';
    const diagnostics = lint(body);
    expect(diagnostics.map((diagnostic) => [diagnostic.line, flagged(FRONT + body, diagnostic)])).toEqual([
      [4, '**'],
      [8, '__'],
    ]);
    expect(diagnostics[0]?.message).toBe('This ** opens bold text that never closes, so the ** will show as it is. Add the closing **, or remove this one.');
  });
});
