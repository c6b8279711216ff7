import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { duplicateTitleRule } from './duplicate-title.js';
import { duplicateWeightRule } from './duplicate-weight.js';
import { expiryBeforePublishRule } from './expiry-before-publish.js';
import { fieldTypesRule } from './field-types.js';
import { frontMatterSyntaxRule } from './front-matter-syntax.js';
import { requiredFieldsRule } from './required-fields.js';

const posting = (details: string, body = 'We are hiring.\n'): string => `+++\n${details}\n+++\n${body}`;

describe('front-matter-syntax', () => {
  it('accepts details that parse', () => {
    expect(runRule(frontMatterSyntaxRule, posting('title = "Engineer"\ndate = 2026-05-01'))).toEqual([]);
  });

  it('points at the line and column of a TOML error in the whole file', () => {
    const [diagnostic, ...rest] = runRule(frontMatterSyntaxRule, posting('title = "Engineer"\ndate = 2026-05-01\nweight = = 3'));
    expect(rest).toEqual([]);
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.message).toMatch(/not valid TOML/);
    expect(diagnostic).toMatchObject({ line: 4, column: 10 });
  });

  it('reports a missing closing delimiter at the opening line', () => {
    const [diagnostic] = runRule(frontMatterSyntaxRule, '+++\ntitle = "Engineer"\n\nBody text\n');
    expect(diagnostic?.message).toMatch(/never closed/);
    expect(diagnostic?.line).toBe(1);
  });

  it('reports a posting with no details at all', () => {
    expect(runRule(frontMatterSyntaxRule, 'Just text.\n')[0]?.message).toMatch(/no details section/);
  });
});

describe('required-fields', () => {
  it('accepts a title and a date', () => {
    expect(runRule(requiredFieldsRule, posting('title = "Engineer"\ndate = "2026-05-01"'))).toEqual([]);
  });

  it('asks for a missing title and date', () => {
    const messages = runRule(requiredFieldsRule, posting('draft = false')).map((diagnostic) => diagnostic.message);
    expect(messages).toEqual([expect.stringMatching(/no title/), expect.stringMatching(/no publish date/)]);
  });

  it('flags an empty title at its value', () => {
    const text = posting('title = "  "\ndate = 2026-05-01');
    const [diagnostic] = runRule(requiredFieldsRule, text);
    expect(flagged(text, diagnostic!)).toBe('"  "');
  });

  it('leaves broken details to front-matter-syntax', () => {
    expect(runRule(requiredFieldsRule, posting('title = '))).toEqual([]);
  });
});

describe('field-types', () => {
  it('accepts the usual types, quoted dates included', () => {
    const text = posting('title = "Engineer"\ndate = "2018-11-30T14:08:35+02:00"\ndraft = true\nweight = 200\nexpiryDate = 2027-01-01\nlastmod = 2026-05-01 09:00:00');
    expect(runRule(fieldTypesRule, text)).toEqual([]);
  });

  it('fixes a quoted draft and a quoted weight', () => {
    const text = posting('draft = "false"\nweight = "10"');
    const diagnostics = runRule(fieldTypesRule, text);
    expect(diagnostics.map((diagnostic) => diagnostic.fix?.text)).toEqual(['false', '10']);
    expect(diagnostics.map((diagnostic) => flagged(text, diagnostic))).toEqual(['"false"', '"10"']);
  });

  it('flags a fractional weight and a title that is not text', () => {
    const messages = runRule(fieldTypesRule, posting('title = 42\nweight = 2.5')).map((diagnostic) => diagnostic.message);
    expect(messages).toEqual([expect.stringMatching(/title must be text/), expect.stringMatching(/whole number/)]);
  });

  it('flags dates Hugo cannot read', () => {
    const text = posting('date = "next Monday"\nexpiryDate = "2026-02-30"\npublishDate = 2026-12-01');
    const diagnostics = runRule(fieldTypesRule, text);
    expect(diagnostics.map((diagnostic) => flagged(text, diagnostic)).sort()).toEqual(['"2026-02-30"', '"next Monday"']);
  });
});

describe('expiry-before-publish', () => {
  it('accepts an expiry after the publish date', () => {
    expect(runRule(expiryBeforePublishRule, posting('date = 2026-05-01\nexpiryDate = 2026-06-01'))).toEqual([]);
  });

  it('flags an expiry before the date, mixing quoted and bare dates', () => {
    const text = posting('date = "2026-05-01T09:00:00+02:00"\nexpiryDate = 2026-04-30');
    const [diagnostic] = runRule(expiryBeforePublishRule, text);
    expect(flagged(text, diagnostic!)).toBe('2026-04-30');
  });

  it('uses publishDate over date', () => {
    expect(runRule(expiryBeforePublishRule, posting('date = 2026-01-01\npublishDate = 2026-07-01\nexpiryDate = 2026-06-01'))).toHaveLength(1);
  });
});

describe('duplicate-title and duplicate-weight', () => {
  const repository = {
    postings: [
      { path: 'content/careers/a.md', title: 'Data Engineer', weight: 10n, draft: false },
      { path: 'content/careers/b.md', title: 'Designer', weight: 20n, draft: true },
    ],
  };

  it('flags a title another published posting has, ignoring case', () => {
    const [diagnostic] = runRule(duplicateTitleRule, posting('title = "data engineer"'), { repository });
    expect(diagnostic?.message).toContain('content/careers/a.md');
  });

  it('ignores drafts on either side', () => {
    expect(runRule(duplicateTitleRule, posting('title = "Designer"'), { repository })).toEqual([]);
    expect(runRule(duplicateTitleRule, posting('title = "Data Engineer"\ndraft = true'), { repository })).toEqual([]);
  });

  it('notes a shared weight as info', () => {
    const [diagnostic] = runRule(duplicateWeightRule, posting('weight = 10'), { repository });
    expect(diagnostic?.severity).toBe('info');
    expect(runRule(duplicateWeightRule, posting('weight = 11'), { repository })).toEqual([]);
  });
});
