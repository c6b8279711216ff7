import { createLintDocument } from './document.js';
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
  return {
    messages: lintDocument(document, options.rules ?? allRules, context),
    genderCoding: genderCoding(document),
  };
}
