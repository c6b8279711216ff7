import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine.js';
import { lintPosting } from '../lint-posting.js';
import { eitherSpeller } from '../test-support/dictionaries.js';
import { readRealPosting, realPostingFiles } from '../test-support/real-postings.js';
import { runRule } from '../test-support/run-rule.js';
import type { Rule } from '../types.js';
import { allRules } from './index.js';
import { headingAnchor, ruleDocsPage } from './rule-docs.js';

const README = new URL('README.md', import.meta.url);

describe('the rule contract', () => {
  it('gives every rule a unique kebab-case id, a description, docs, fixable, hasSuggestions and a docs anchor', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of allRules) {
      expect(meta.id, meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(meta.description.length, meta.id).toBeGreaterThan(10);
      expect(meta.docs.length, meta.id).toBeGreaterThan(meta.description.length);
      expect(typeof meta.fixable, meta.id).toBe('boolean');
      expect(typeof meta.hasSuggestions, meta.id).toBe('boolean');
      expect(headingAnchor(meta.docsAnchor), meta.id).toBe(meta.docsAnchor);
    }
  });

  it('keeps README.md, the rules’ docs page, in step with their metadata, one heading per anchor', () => {
    const page = ruleDocsPage(allRules);
    if (process.env.UPDATE_RULE_DOCS === '1') writeFileSync(README, page);
    expect(readFileSync(README, 'utf8')).toBe(page);
    const anchors = [...page.matchAll(/^#{1,6} (.+)$/gm)].map((match) => headingAnchor(match[1] as string));
    for (const { meta } of allRules) expect(anchors, meta.id).toContain(meta.docsAnchor);
  });

  it('reports fixes and suggestions only from rules that declare them, on every real posting', () => {
    const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));
    const context = { config: { ...DEFAULT_CONFIG, today: '2026-12-01' }, speller: eitherSpeller() };
    const seen = { fix: new Set<string>(), suggestions: new Set<string>() };
    for (const file of realPostingFiles) {
      for (const message of lintPosting(readRealPosting(file), context).messages) {
        expect(message.message, `${file}: ${message.ruleId}`).not.toMatch(/failed unexpectedly/);
        const rule = byId.get(message.ruleId);
        if (message.fix) seen.fix.add(message.ruleId);
        if (message.suggestions) seen.suggestions.add(message.ruleId);
        if (message.fix) expect(rule?.meta.fixable, message.ruleId).toBe(true);
        if (message.suggestions) expect(rule?.meta.hasSuggestions, message.ruleId).toBe(true);
      }
    }
    expect(seen.fix.size).toBeGreaterThan(0);
    expect(seen.suggestions.size).toBeGreaterThan(2);
  });

  it('turns an undeclared fix into an error of the rule, as ESLint does', () => {
    const sloppy: Rule = {
      meta: { ...(allRules[0] as Rule).meta, id: 'sloppy', fixable: false },
      check: () => [{ message: 'x', start: 0, end: 1, fix: { start: 0, end: 1, text: 'y' } }],
    };
    const [diagnostic] = runRule(sloppy, 'Text.');
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.message).toMatch(/reported a fix but is not marked fixable/);
    expect(diagnostic?.fix).toBeUndefined();
  });
});
