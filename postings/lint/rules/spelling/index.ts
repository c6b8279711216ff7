import type { Rule } from '../../types.js';
import { spellingRule } from './spelling.js';

export const spellingRules: Rule[] = [spellingRule];
