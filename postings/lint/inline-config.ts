import { LineIndex } from './line-index.js';
import { didYouMean } from './text/did-you-mean.js';
import type { Report } from './types.js';

/**
 * Comments that turn rules off for a passage, as markdownlint's do:
 * `<!-- posting-desk-disable spelling -->` … `<!-- posting-desk-enable spelling -->`,
 * `<!-- posting-desk-disable-next-line spelling -->` and
 * `<!-- posting-desk-disable-line spelling -->`. Without rule ids they cover every
 * rule. Hugo leaves HTML comments out of the page, so readers never see them.
 */
const COMMENT = /<!--\s*posting-desk-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

type Scope = { rule: string | undefined; from: number; to: number };

export interface InlineConfig {
  /** Whether the rule's report starting at `line` (1-based) is turned off there. */
  isDisabled(ruleId: string, line: number): boolean;
  /** Comments naming rules that do not exist, as reports for the engine to show. */
  problems: Report[];
}

export function readInlineConfig(text: string, bodyStart: number, ruleIds: ReadonlySet<string>): InlineConfig {
  const scopes: Scope[] = [];
  const problems: Report[] = [];
  const lines = new LineIndex(text);
  const open = new Map<string | undefined, number>();
  COMMENT.lastIndex = bodyStart;
  for (let match = COMMENT.exec(text); match !== null; match = COMMENT.exec(text)) {
    const kind = match[1] as string;
    const named = (match[2] ?? '').trim().split(/[\s,]+/).filter((id) => id !== '');
    for (const id of named) {
      if (!ruleIds.has(id)) {
        problems.push({ message: `“${id}” is not a rule, so this comment turns nothing off.${didYouMean(id, ruleIds)}`, start: match.index, end: match.index + match[0].length, severity: 'warning' });
      }
    }
    const rules: (string | undefined)[] = named.length === 0 ? [undefined] : named.filter((id) => ruleIds.has(id));
    const line = lines.position(match.index).line;
    for (const rule of rules) {
      if (kind === 'disable-line') scopes.push({ rule, from: line, to: line });
      else if (kind === 'disable-next-line') scopes.push({ rule, from: line + 1, to: line + 1 });
      else if (kind === 'disable') {
        if (!open.has(rule)) open.set(rule, line);
      } else {
        // "enable" with no ids ends every open passage; with ids, those rules' passages (and "all" stays on).
        const ending = rule === undefined ? [...open.keys()] : [rule];
        for (const key of ending) {
          const from = open.get(key);
          if (from === undefined) continue;
          scopes.push({ rule: key, from, to: line });
          open.delete(key);
        }
      }
    }
  }
  for (const [rule, from] of open) scopes.push({ rule, from, to: Number.POSITIVE_INFINITY });
  return {
    isDisabled: (ruleId, line) => scopes.some((scope) => (scope.rule === undefined || scope.rule === ruleId) && line >= scope.from && line <= scope.to),
    problems,
  };
}
