import { phraseCheck } from '../../inclusive/phrase-check.js';
import { AGE_WORDING } from '../../inclusive/wordlists/age.js';
import type { Rule } from '../../types.js';

export const ageBias: Rule = {
  meta: {
    id: 'age-bias',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'age-bias',
    description: 'Finds wording that asks for an age rather than a skill ("young", "digital native", "recent graduate").',
    docs: 'Words like "young", "youthful", "digital native" and "recent graduate", and caps such as "no more than 5 years of experience", tell older applicants they are not wanted, and age preferences in job ads are unlawful in the US (ADEA), the UK (Equality Act 2010) and the EU. Describe the level of the role ("entry-level", "early-career") and the skills it needs. "Young" about a company or a product, minimum experience ("3+ years"), and recent graduates welcomed beside others ("recent graduates are welcome to apply", "open to recent graduates", "including new grads") are fine and not flagged: only asking for them ("we are hiring recent grads") is. Source: US EEOC, 29 CFR 1625.4 (help-wanted notices).',
  },
  check: phraseCheck(AGE_WORDING),
};
