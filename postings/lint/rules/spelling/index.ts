import type { Rule } from '../../types.js';
import { brandNamesRule } from './brand-names.js';
import { mixedVariantsRule } from './mixed-variants.js';
import { spellingRule } from './spelling.js';

export const spellingRules: Rule[] = [spellingRule, brandNamesRule, mixedVariantsRule];
