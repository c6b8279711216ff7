import type { Rule } from '../../types.js';
import { howToApplyRule } from './how-to-apply.js';
import { lengthRule } from './length.js';
import { locationRule } from './location.js';
import { payLawDetailsRule } from './pay-law-details.js';
import { payRangeRule } from './pay-range.js';

/** Does the posting say what applicants need: pay, place, how to apply, enough (not too much) text. */
export const completenessRules: Rule[] = [payRangeRule, payLawDetailsRule, locationRule, howToApplyRule, lengthRule];
