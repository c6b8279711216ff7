import type { Rule } from '../../types.js';
import { duplicateTitleRule } from './duplicate-title.js';
import { duplicateWeightRule } from './duplicate-weight.js';
import { expiryBeforePublishRule } from './expiry-before-publish.js';
import { fieldTypesRule } from './field-types.js';
import { frontMatterSyntaxRule } from './front-matter-syntax.js';
import { requiredFieldsRule } from './required-fields.js';

export const frontMatterRules: Rule[] = [
  frontMatterSyntaxRule,
  requiredFieldsRule,
  fieldTypesRule,
  expiryBeforePublishRule,
  duplicateTitleRule,
  duplicateWeightRule,
];
