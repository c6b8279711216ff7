import { createLintDocument } from './document.js';
import { readInlineConfig } from './inline-config.js';
import { LineIndex } from './line-index.js';
import { lintDocument } from './engine.js';
import { genderCoding } from './rules/inclusive/index.js';
import { allRules } from './rules/index.js';
import type { Diagnostic, LintContext, Rule } from './types.js';

export type GenderCodingSummary = ReturnType<typeof genderCoding>;

export interface PostingLintResult {
  messages: Diagnostic[];
  genderCoding: GenderCodingSummary;
}

/** Lints one posting's text with every rule (or the given ones): the engine's single entry point. */
export function lintPosting(text: string, context: LintContext, options: { path?: string; rules?: readonly Rule[] } = {}): PostingLintResult {
  const document = createLintDocument(text, options.path === undefined ? {} : { path: options.path });
  const messages = lintDocument(document, options.rules ?? allRules, context);
  return {
    messages: document.text.includes('posting-desk-') ? [...messages, ...inlineConfigProblems(document.text, document.bodyStart)].sort(byPosition) : messages,
    genderCoding: genderCoding(document),
  };
}

const ALL_RULE_IDS = new Set(allRules.map((rule) => rule.meta.id));

/** `<!-- posting-desk-disable spellng -->`: a comment naming no rule, with the rule meant. */
function inlineConfigProblems(text: string, bodyStart: number): Diagnostic[] {
  const lines = new LineIndex(text);
  return readInlineConfig(text, bodyStart, ALL_RULE_IDS).problems.map((problem) => {
    const start = lines.position(problem.start);
    const end = lines.position(problem.end);
    return { ruleId: 'inline-config', severity: 'warning', message: problem.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
