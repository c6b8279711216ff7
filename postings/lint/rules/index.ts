import type { Rule } from '../types.js';
import { clarityRules } from './clarity/index.js';
import { completenessRules } from './completeness/index.js';
import { frontMatterRules } from './front-matter/index.js';
import { grammarRules } from './grammar/index.js';
import { inclusiveRules } from './inclusive/index.js';
import { jobPostingRules } from './job-posting/index.js';
import { spellingRules } from './spelling/index.js';

/** Every rule, in the order their families appear in the docs. */
export const allRules: readonly Rule[] = [
  ...frontMatterRules,
  ...spellingRules,
  ...inclusiveRules,
  ...completenessRules,
  ...clarityRules,
  ...jobPostingRules,
  ...grammarRules,
];
