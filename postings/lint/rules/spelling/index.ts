import type { Rule } from '../../types.js';
import { brandNamesRule } from './brand-names.js';
import { spellingRule } from './spelling.js';

export const spellingRules: Rule[] = [spellingRule, brandNamesRule];
