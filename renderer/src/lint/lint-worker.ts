/**
 * Lints the posting text off the window's thread. The dictionaries arrive
 * once, with the rest of the setup, and the speller is built here once.
 */
import { lintPosting } from '../../../postings/lint/lint-posting.js';
import { allRules } from '../../../postings/lint/rules/index.js';
import { createSpeller } from '../../../postings/lint/spelling/speller.js';
import type { GrammarChecker, LintContext, RuleFamily } from '../../../postings/lint/types.js';
import type { EnglishVariant } from '../../../postings/lint/spelling/variant.js';
import type { LintRequest, LintResponse } from './lint-protocol.js';
import { readingStats } from '../../../postings/api/reading-stats.js';
import { loadGrammarChecker } from './grammar-loader.js';

const scope = self as unknown as { onmessage: ((event: MessageEvent<LintRequest>) => void) | null; postMessage(message: LintResponse): void };
const familyOf = new Map<string, RuleFamily>(allRules.map((rule) => [rule.meta.id, rule.meta.family]));
let context: LintContext | undefined;
let dictionaries: { aff: string; dic: string }[] = [];
// Until the setup arrives: no declared variant, which accepts American and British spellings alike.
let variant: EnglishVariant = 'en';
let grammar: 'not loaded' | 'loading' | GrammarChecker = 'not loaded';

/**
 * Grammar (harper's WebAssembly, seconds to build) is loaded only after the
 * first warnings are shown, so it never delays them, and not at all when the
 * repository's settings turn the grammar rule off.
 */
function loadGrammarLater(): void {
  if (grammar !== 'not loaded' || !context || context.config.rules['grammar']?.enabled === false) return;
  grammar = 'loading';
  loadGrammarChecker(variant).then(
    (checker) => {
      grammar = checker;
      if (context) context = { ...context, grammar: checker };
      scope.postMessage({ type: 'grammar' });
    },
    (error: unknown) => scope.postMessage({ type: 'failed', message: `Grammar could not be checked: ${error instanceof Error ? error.message : String(error)}` }),
  );
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.type === 'setup') {
      const { setup } = request;
      dictionaries = setup.dictionaries.map(({ aff, dic }) => ({ aff, dic }));
      variant = setup.englishVariant;
      const speller = createSpeller(dictionaries, setup.config.words, variant);
      context = {
        config: setup.config,
        speller,
        ...(typeof grammar === 'object' ? { grammar } : {}),
        repository: {
          postings: setup.repository.postings.map((posting) => ({
            path: posting.path,
            ...(posting.title === undefined ? {} : { title: posting.title }),
            ...(posting.weight === undefined ? {} : { weight: BigInt(posting.weight) }),
            ...(posting.draft === undefined ? {} : { draft: posting.draft }),
          })),
        },
      };
      scope.postMessage({ type: 'ready' });
      return;
    }
    if (request.type === 'words') {
      // A word added to the repository's dictionary: the same dictionaries, a new word list.
      if (context) context = { ...context, config: { ...context.config, words: request.words }, speller: createSpeller(dictionaries, request.words, variant) };
      return;
    }
    if (!context) {
      scope.postMessage({ type: 'failed', id: request.id, message: 'The warnings are still loading.' });
      return;
    }
    const result = lintPosting(request.text, context, request.path === undefined ? {} : { path: request.path });
    const messages = result.messages.map((message) => ({ ...message, family: familyOf.get(message.ruleId) ?? 'clarity' }));
    scope.postMessage({ type: 'result', id: request.id, outcome: { ...readingStats(request.text), messages, genderCoding: result.genderCoding, text: request.text } });
    loadGrammarLater();
  } catch (error) {
    scope.postMessage({ type: 'failed', ...(request.type === 'lint' ? { id: request.id } : {}), message: error instanceof Error ? error.message : String(error) });
  }
};
