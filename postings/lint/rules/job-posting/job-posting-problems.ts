/**
 * What Google's job search would find missing or wrong in the JobPosting
 * export of a posting, worked out once per document with the exporter's own
 * builder and checker, so lint warns exactly where the export falls short.
 */
import { postingFacts } from '../../../export/facts.js';
import { jobPosting, type JobPostingLd } from '../../../export/job-posting.js';
import { checkJobPosting, type JobPostingProblem } from '../../../export/job-posting-check.js';
import { localeOf } from '../../../export/key-details.js';
import { HUGO_DEFAULT_SETTINGS } from '../../../render/settings.js';
import { emptyTable, setValueAt } from '../../../toml/value.js';
import type { LintContext, LintDocument, Report, Rule, RuleMeta } from '../../types.js';

export interface JobPostingCheck {
  ld: JobPostingLd;
  problems: JobPostingProblem[];
}

const checked = new WeakMap<LintDocument, JobPostingCheck>();

export function jobPostingCheck(document: LintDocument, context: LintContext): JobPostingCheck {
  const cached = checked.get(document);
  if (cached) return cached;
  const root = emptyTable();
  for (const field of document.frontMatter?.fields ?? []) if (field.value.type !== 'table') setValueAt(root, field.path, field.value);
  const facts = postingFacts(root);
  const body = document.text.slice(document.bodyStart).trim();
  // The description is the rendered text; whether there is any is all lint needs to know.
  const ld = jobPosting({
    title: facts.title,
    ...(context.config.company ? { company: context.config.company } : {}),
    facts,
    details: [],
    render: { ...HUGO_DEFAULT_SETTINGS },
    bodyHtml: body,
    bodyMarkdown: body,
    locale: localeOf(undefined),
  });
  const result = { ld, problems: checkJobPosting(ld) };
  checked.set(document, result);
  return result;
}

/** The field of the first of these keys the posting has (top level or under [params]), for a report's position. */
export function fieldRange(document: LintDocument, keys: readonly string[]): { start: number; end: number } {
  const normal = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, '');
  const fields = (document.frontMatter?.fields ?? []).map((field) => {
    const path = field.path.map(normal);
    const meaningful = path[0] === 'params' ? path.slice(1) : path;
    return { field, key: meaningful.length === 1 ? meaningful[0] : undefined };
  });
  for (const key of keys) {
    const hit = fields.find((candidate) => candidate.key === key);
    if (hit) return { start: hit.field.keyStart, end: hit.field.valueEnd };
  }
  return { start: 0, end: 0 };
}

export const FAMILY_SETTING = 'job-posting';

/**
 * The family is off unless the repository turns it on, as a whole
 * (`[rules] job-posting = "warning"`) or rule by rule: most sites publish no
 * structured data, and these warnings would only be noise for them.
 */
export function offByDefault(meta: RuleMeta, check: (document: LintDocument, context: LintContext) => Report[]): Rule {
  return {
    meta,
    check(document, context) {
      const own = context.config.rules[meta.id];
      const family = context.config.rules[FAMILY_SETTING];
      const enabled = own?.enabled ?? family?.enabled ?? false;
      if (!enabled) return [];
      const severity = own?.severity ?? family?.severity;
      return check(document, context).map((report) => (severity ? { ...report, severity } : report));
    },
  };
}
