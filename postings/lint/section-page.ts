import type { LintDocument } from './types.js';

/**
 * Hugo's `_index.md` is a section's list page ("Careers"), not a posting:
 * it has no pay, location or application of its own, so the engine does not
 * run the completeness rules on it.
 */
export function isSectionPage(document: LintDocument): boolean {
  return document.path !== undefined && /(?:^|\/)_index(?:\.[\w-]+)?\.md$/i.test(document.path);
}
