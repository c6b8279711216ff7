import { readInlineConfig } from './inline-config.js';
import { LineIndex } from './line-index.js';
import { isSectionPage } from './section-page.js';
import type { Diagnostic, LintConfig, LintContext, LintDocument, Rule, Suggestion, TextEdit } from './types.js';

export const DEFAULT_CONFIG: LintConfig = {
  rules: {},
  words: [],
  unsafeHtml: false,
  today: new Date().toISOString().slice(0, 10),
};

/**
 * Runs the enabled rules over one document. A rule that throws is reported
 * as an error diagnostic of its own rather than stopping the others.
 */
export function lintDocument(document: LintDocument, rules: readonly Rule[], context: LintContext): Diagnostic[] {
  const lines = new LineIndex(document.text);
  const diagnostics: Diagnostic[] = [];
  // Completeness is judged on the details and the text together; with details
  // that cannot be read, its warnings would be guesses. A section page is no
  // posting: it states no pay, place or way to apply.
  const skipCompleteness = document.frontMatter?.error !== undefined || isSectionPage(document);
  const inline = document.text.includes('posting-desk-') ? readInlineConfig(document.text, document.bodyStart, new Set(rules.map((rule) => rule.meta.id))) : undefined;
  for (const rule of rules) {
    const setting = context.config.rules[rule.meta.id];
    if (setting?.enabled === false) continue;
    if (skipCompleteness && rule.meta.family === 'completeness') continue;
    const severity = setting?.severity;
    let reports;
    try {
      reports = rule.check(document, context);
      // As ESLint does: a rule that fixes or suggests must say so, or hosts cannot trust "Fix all".
      if (!rule.meta.fixable && reports.some((report) => report.fix !== undefined)) throw new Error(`rule ${rule.meta.id} reported a fix but is not marked fixable`);
      if (!rule.meta.hasSuggestions && reports.some((report) => (report.suggestions ?? []).length > 0)) {
        throw new Error(`rule ${rule.meta.id} reported suggestions but is not marked hasSuggestions`);
      }
    } catch (error) {
      reports = [{ message: `This check failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`, start: 0, end: 0, severity: 'error' as const }];
    }
    for (const report of reports) {
      const start = lines.position(report.start);
      if (inline?.isDisabled(rule.meta.id, start.line)) continue;
      const end = lines.position(Math.max(report.start, report.end));
      diagnostics.push({
        ruleId: rule.meta.id,
        severity: severity ?? report.severity ?? rule.meta.severity,
        message: report.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        ...(report.fix ? { fix: shift(report.fix, document.textOffset) } : {}),
        ...(report.suggestions && report.suggestions.length > 0
          ? { suggestions: report.suggestions.map((suggestion): Suggestion => ({ ...suggestion, edit: shift(suggestion.edit, document.textOffset) })) }
          : {}),
      });
    }
  }
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/** An edit into the document's text as an edit into the text that was linted (past a byte-order mark). */
function shift(edit: TextEdit, by: number): TextEdit {
  return by === 0 ? edit : { ...edit, start: edit.start + by, end: edit.end + by };
}
