import { tokenizeWords } from '../../spelling/tokenize.js';
import { isCapitalised } from '../../spelling/word-shape.js';
import type { FrontMatterValue, LintDocument, Speller } from '../../types.js';

/**
 * The names a posting itself establishes, lower case: the words of its
 * details (organisation, location, employer ...; not the title or
 * description, which are prose and checked), the labels of the web and
 * e-mail addresses it gives ("quatt" from quatt.io), and capitalised words the
 * dictionary lacks that the posting uses more than once ("Foodee ... Foodee"):
 * a writer who spells a word the same way twice means it. Such a word is a
 * name wherever it appears in the posting, even lower case ("flaconi").
 */
export interface PostingNames {
  /** Every name, lower case. */
  all: ReadonlySet<string>;
  /** The names the details and addresses give, as written: what a near miss ("Millenium") is aimed at. */
  stated: readonly string[];
}

const DISPLAYED = new Set(['title', 'subtitle', 'description', 'summary']);
const cache = new WeakMap<LintDocument, PostingNames>();

const HOST = /\b(?:https?:(?:\/\/|&#x2f;&#x2f;|&#47;&#47;)|www\.|@)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
// Address parts that are no name.
const HOST_WORDS = new Set(['www', 'com', 'org', 'net', 'edu', 'gov', 'io', 'co', 'uk', 'de', 'fr', 'nl', 'au', 'ca', 'ac', 'jobs', 'careers', 'apply', 'mail']);

const SPELT_OUT_ADDRESS = /\b([a-z0-9][a-z0-9.-]*)[ \t]+(?:at|\[at\]|\(at\))[ \t]+([a-z0-9-]+)[ \t]+(?:dot|\[dot\]|\(dot\))?[ \t]*(?:com|org|net|io|edu|gov|co|uk|de|fr|nl|au|ca)\b/gi;
const SELF_REFERENCE = /\[([^\]\n]{2,60})\]\[([^\]\n]*)\]/g;

export function postingNames(document: LintDocument, speller: Speller): PostingNames {
  const cached = cache.get(document);
  if (cached) return cached;
  const stated = new Set<string>();
  for (const field of document.frontMatter?.fields ?? []) {
    // The displayed fields are prose the rule checks, not a record of names.
    if (DISPLAYED.has(field.path.join('.'))) continue;
    for (const text of strings(field.value)) for (const token of tokenizeWords(text)) stated.add(token.word);
  }
  for (const match of document.text.matchAll(HOST)) {
    for (const label of (match[1] as string).toLowerCase().split(/[.-]/)) if (label.length >= 3 && !HOST_WORDS.has(label)) stated.add(label);
  }
  // "jobs at tangelix dot com": an address spelt out to dodge harvesters.
  for (const match of document.prose.matchAll(SPELT_OUT_ADDRESS)) for (const part of [match[1], match[2]]) if (part) stated.add(part);
  // "[Funflow][funflow]": a reference link labelled with its own text names what it links to.
  for (const match of document.text.matchAll(SELF_REFERENCE)) {
    const label = match[2] === '' ? match[1] : match[2];
    if (label?.toLowerCase() === match[1]?.toLowerCase()) for (const token of tokenizeWords(match[1] as string)) stated.add(token.word);
  }
  const all = new Set([...stated].map((word) => word.toLowerCase()));
  const capitalised = new Map<string, number>();
  for (const token of tokenizeWords(document.prose, document.bodyStart)) {
    if (!isCapitalised(token.word) || speller.correct(token.word)) continue;
    const key = token.word.toLowerCase();
    capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
  }
  for (const [word, count] of capitalised) if (count >= 2) all.add(word);
  const names = { all, stated: [...stated].filter((word) => !speller.correct(word.toLowerCase()) || /^\p{Lu}/u.test(word)) };
  cache.set(document, names);
  return names;
}

function strings(value: FrontMatterValue): string[] {
  if (value.type === 'string') return [value.value];
  if (value.type === 'array') return value.items.flatMap(strings);
  if (value.type === 'table') return [...value.entries.values()].flatMap(strings);
  return [];
}
