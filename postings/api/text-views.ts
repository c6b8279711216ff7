import { splitPosting } from '../file/split.js';
import { lintPosting } from '../lint/lint-posting.js';
import type { LintContext } from '../lint/types.js';
import { dictionariesFor, englishVariant } from '../lint/spelling/variant.js';
import { renderPostingBlocks, renderSettingsFromSite } from '../render/index.js';
import { readEnglishDictionaries } from '../repo/dictionaries.js';
import type { LintFacts } from '../repo/lint-setup.js';
import type { Repository } from '../repo/repository.js';
import type { LintResultView, LintSetup, RenderView } from './api.js';
import { readingStats } from './reading-stats.js';

/** Lint of a text as typed, with the repository's settings and facts, and its reading figures. */
export function lintTextView(context: LintContext, text: string, path: string | undefined): LintResultView {
  const { messages, genderCoding } = lintPosting(text, context, path === undefined ? {} : { path });
  return { messages, genderCoding, ...readingStats(text) };
}

/** The preview of a text with the site's markup settings; block lines count in the whole text. */
export function renderTextView(repository: Repository, text: string): RenderView {
  const bodyStart = splitPosting(text).bodyStart;
  const linesBefore = countLines(text, bodyStart);
  const result = renderPostingBlocks(text.slice(bodyStart), renderSettingsFromSite(repository.site.markup));
  const blocks = result.blocks.map((block) => ({
    ...block,
    startLine: block.startLine === null ? null : block.startLine + linesBefore,
    endLine: block.endLine === null ? null : block.endLine + linesBefore,
  }));
  return { html: blocks.map((block) => block.html).join(''), blocks, shortcodes: result.shortcodes, sanitized: result.sanitized };
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) lines += 1;
  return lines;
}

/** What the editor's lint worker needs to lint with no host: JSON-safe (weights as numbers, dictionaries as text). */
export async function lintSetupView(repository: Repository, context: LintFacts): Promise<LintSetup> {
  const variant = englishVariant(repository.site.languageCode);
  const texts = await readEnglishDictionaries(variant);
  const names = dictionariesFor(variant);
  return {
    config: context.config,
    repository: {
      postings: (context.repository?.postings ?? []).map((posting) => ({
        path: posting.path,
        ...(posting.title === undefined ? {} : { title: posting.title }),
        ...(posting.weight === undefined ? {} : { weight: Number.isSafeInteger(Number(posting.weight)) ? Number(posting.weight) : posting.weight.toString() }),
        ...(posting.draft === undefined ? {} : { draft: posting.draft }),
      })),
    },
    dictionaries: texts.map((dictionary, index) => ({ variant: names[index] as (typeof names)[number], aff: asText(dictionary.aff), dic: asText(dictionary.dic) })),
    englishVariant: variant,
    today: context.config.today,
  };
}

function asText(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}
