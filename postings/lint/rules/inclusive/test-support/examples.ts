/** Helpers for the inclusive rules' tests: what a rule flags, and what its suggestions make of the text. */

import { flagged, runRule } from '../../../test-support/run-rule.js';
import type { Diagnostic, Rule, TextEdit } from '../../../types.js';

/** The text of each diagnostic the rule reports, in order. */
export function flags(rule: Rule, text: string): string[] {
  return runRule(rule, text).map((diagnostic) => flagged(text, diagnostic));
}

/** The rule's diagnostics. */
export function diagnostics(rule: Rule, text: string): Diagnostic[] {
  return runRule(rule, text);
}

/** The text after applying one edit. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** The text each suggestion of the first diagnostic would make. */
export function suggested(rule: Rule, text: string): string[] {
  const [first] = runRule(rule, text);
  return (first?.suggestions ?? []).map((suggestion) => applyEdit(text, suggestion.edit));
}
