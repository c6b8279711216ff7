import type { FrontMatterField, Rule } from '../../types.js';
import { dateValue, EXPIRY_KEYS, PUBLISH_KEYS } from './dates.js';

export const expiryBeforePublishRule: Rule = {
  meta: {
    id: 'expiry-before-publish',
    family: 'front-matter',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'expiry-before-publish',
    description: 'The posting does not expire before it is published.',
    docs: 'Hugo never shows a page whose expiry date (`expiryDate`) is on or before its publish date (`publishDate`, or `date` when there is none), so the posting would never appear.',
  },
  check(document) {
    const first = (keys: string[]): { field: FrontMatterField; time: number } | undefined => {
      for (const key of keys) {
        const field = document.field(key);
        const time = field ? dateValue(field.value) : undefined;
        if (field && time !== undefined) return { field, time };
      }
      return undefined;
    };
    const expiry = first(EXPIRY_KEYS);
    const publish = first(PUBLISH_KEYS);
    if (!expiry || !publish || expiry.time > publish.time) return [];
    const publishKey = publish.field.path.join('.');
    return [{
      message: `The posting expires (${expiry.field.path.join('.')}) on or before it is published (${publishKey}), so Hugo will never show it`,
      start: expiry.field.valueStart,
      end: expiry.field.valueEnd,
    }];
  },
};
