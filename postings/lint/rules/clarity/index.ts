import type { Rule } from '../../types.js';
import { aAnRule } from './a-an.js';
import { emptyLinkRule } from './empty-link.js';
import { headingTitleRule } from './heading-title.js';
import { listMarkersRule } from './list-markers.js';
import { unclosedEmphasisRule } from './unclosed-emphasis.js';
import { rawHtmlRule } from './raw-html.js';
import { repeatedWordsRule } from './repeated-words.js';
import { trailingWhitespaceRule } from './trailing-whitespace.js';

/** Slips and Markdown that reads or publishes differently than intended. */
export const clarityRules: Rule[] = [repeatedWordsRule, aAnRule, trailingWhitespaceRule, headingTitleRule, emptyLinkRule, rawHtmlRule, listMarkersRule, unclosedEmphasisRule];
