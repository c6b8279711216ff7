import type { LintSetup, LintResultView } from '../../../postings/api/api.js';
import type { Diagnostic, RuleFamily } from '../../../postings/lint/types.js';

/** A warning with the family of its rule, for the Warnings panel's groups and checklist. */
export interface Warning extends Diagnostic {
  family: RuleFamily;
}

export interface LintOutcome extends Omit<LintResultView, 'messages'> {
  messages: Warning[];
  /** The whole text that was linted: offsets count in it. */
  text: string;
}

export type LintRequest =
  | { type: 'setup'; setup: LintSetup }
  | { type: 'words'; words: string[] }
  | { type: 'lint'; id: number; text: string; path?: string };

export type LintResponse =
  | { type: 'ready' }
  /** Grammar checking is now on: lint the latest text again to show its grammar warnings. */
  | { type: 'grammar' }
  | { type: 'result'; id: number; outcome: LintOutcome }
  | { type: 'failed'; id?: number; message: string };
