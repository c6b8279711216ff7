/**
 * Finding a posting's details by meaning rather than by one exact key:
 * sites name them `pay_min`, `salaryMin`, `params.salary.min`, `location`,
 * `params.workplace`, `apply_url`... A key is compared in a normal form
 * (lower case, no `_`, `-` or spaces), and `params.` is ignored because Hugo
 * sites keep custom details both at the top level and under `[params]`.
 */
import type { FrontMatterField, FrontMatterValue, LintDocument } from '../../types.js';

/** "Pay_Min" → "paymin". */
function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The key path without a leading "params", normalized. */
export function meaningfulPath(field: FrontMatterField): string[] {
  const path = field.path.map(normalizeKey);
  return path[0] === 'params' ? path.slice(1) : path;
}

/** Leaf fields (not tables) of the front matter, in document order. */
export function leafFields(document: LintDocument): FrontMatterField[] {
  return (document.frontMatter?.fields ?? []).filter((field) => field.value.type !== 'table');
}

/** Whether a value says something: a non-blank string, a number, a boolean, a non-empty array. */
export function hasContent(value: FrontMatterValue): boolean {
  switch (value.type) {
    case 'string':
      return value.value.trim() !== '';
    case 'array':
      return value.items.some(hasContent);
    case 'table':
      return [...value.entries.values()].some(hasContent);
    default:
      return true;
  }
}

/** The first leaf field whose last key (normalized) matches, with content. */
export function findFieldByKey(document: LintDocument, matches: (key: string, path: string[]) => boolean): FrontMatterField | undefined {
  return leafFields(document).find((field) => {
    const path = meaningfulPath(field);
    const key = path[path.length - 1] ?? '';
    return matches(key, path) && hasContent(field.value);
  });
}
