import type { EnglishVariant } from '../spelling/variant.js';

// harper.js's Dialect enum.
const DIALECTS: Record<EnglishVariant, number> = { en: 0, 'en-US': 0, 'en-GB': 1, 'en-AU': 2, 'en-CA': 3 };

/** harper's dialect for the site's English: the CLI's and the editor's worker's linters agree. */
export function harperDialect(variant: EnglishVariant): number {
  return DIALECTS[variant];
}
