import { createLintDocument } from '../document.js';
import { DEFAULT_CONFIG, lintDocument } from '../engine.js';
import type { Diagnostic, LintConfig, LintContext, Rule } from '../types.js';

export type RuleTestContext = Partial<Omit<LintContext, 'config'>> & { config?: Partial<LintConfig> };

/** Lints text with one rule, for rule tests: full diagnostics with lines and columns. */
export function runRule(rule: Rule, text: string, context: RuleTestContext = {}): Diagnostic[] {
  const { config, ...rest } = context;
  return lintDocument(createLintDocument(text), [rule], { ...rest, config: { ...DEFAULT_CONFIG, today: '2026-11-27', ...config } });
}

/** The text a diagnostic points at. */
export function flagged(text: string, diagnostic: Diagnostic): string {
  const lines = text.split('\n');
  if (diagnostic.line === diagnostic.endLine) {
    return (lines[diagnostic.line - 1] ?? '').slice(diagnostic.column - 1, diagnostic.endColumn - 1);
  }
  return [
    (lines[diagnostic.line - 1] ?? '').slice(diagnostic.column - 1),
    ...lines.slice(diagnostic.line, diagnostic.endLine - 1),
    (lines[diagnostic.endLine - 1] ?? '').slice(0, diagnostic.endColumn - 1),
  ].join('\n');
}
