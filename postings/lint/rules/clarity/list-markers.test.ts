import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { listMarkersRule } from './list-markers.js';

const FRONT = '+++\ntitle = "Clerk"\n+++\n';
const lint = (body: string) => runRule(listMarkersRule, FRONT + body);
const fixed = (body: string): string => {
  let text = FRONT + body;
  for (const diagnostic of lint(body).reverse()) if (diagnostic.fix) text = text.slice(0, diagnostic.fix.start) + diagnostic.fix.text + text.slice(diagnostic.fix.end);
  return text.slice(FRONT.length);
};

describe('list-markers', () => {
  it.each([
    '- Administer budgets\n- Write reports\n',
    '*Emphasis* at the start of a line.\n',
    'Pay: $1,364 per week*\n*Indicates the agreed rate.\n',
    'A well-\nknown name; -5 degrees.\n',
    '```\n-Option\n```\n',
    '1. First\n2. Second\n',
  ])('accepts %j', (body) => {
    expect(lint(body)).toEqual([]);
  });

  it('flags markers without their space and fixes them', () => {
    const body = 'Duties:\n-Administer budgets\n+Lead the team\n2.Write reports\n';
    expect(lint(body).map((diagnostic) => flagged(FRONT + body, diagnostic))).toEqual(['-A', '+L', '2.W']);
    expect(fixed(body)).toBe('Duties:\n- Administer budgets\n+ Lead the team\n2. Write reports\n');
  });

  it('flags typed bullets and turns them into Markdown markers', () => {
    const body = 'Skills:\n• Python\n  ▪ SQL\n';
    expect(lint(body).map((diagnostic) => diagnostic.message)).toEqual([
      '• is a typed bullet, not a Markdown list marker: the line is published as text, run into the one above.',
      '▪ is a typed bullet, not a Markdown list marker: the line is published as text, run into the one above.',
    ]);
    expect(fixed(body)).toBe('Skills:\n- Python\n  - SQL\n');
  });
});
