/**
 * The lint contract: what a rule receives and what it returns.
 * Rules are pure functions over a LintDocument; anything loaded from disk
 * (dictionaries, word lists, repository facts) arrives through LintContext.
 */

export type Severity = 'error' | 'warning' | 'info';

export type RuleFamily =
  | 'front-matter'
  | 'spelling'
  | 'inclusive'
  | 'completeness'
  | 'clarity'
  | 'grammar'
  | 'job-posting';

/**
 * A replacement of the text between two offsets. In a rule's report they are
 * offsets into LintDocument.text; in a Diagnostic, offsets into the text
 * given to the linter (byte-order mark included).
 */
export interface TextEdit {
  /** 0-based offset, inclusive. */
  start: number;
  /** 0-based offset, exclusive. */
  end: number;
  text: string;
}

export interface Suggestion {
  /** What the suggestion does, in words for HR staff ("Replace with “ability”"). */
  title: string;
  edit: TextEdit;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based, in the whole file (front matter included). */
  line: number;
  /** 1-based, counted in UTF-16 code units like an editor does. */
  column: number;
  endLine: number;
  endColumn: number;
  /** Safe to apply automatically (a fix-all would apply it). */
  fix?: TextEdit;
  /** Alternatives the user picks from. */
  suggestions?: Suggestion[];
}

/** What a rule reports; the engine turns offsets into lines and columns. */
export interface Report {
  message: string;
  start: number;
  end: number;
  severity?: Severity;
  fix?: TextEdit;
  suggestions?: Suggestion[];
}

export interface RuleMeta {
  /** Stable id, kebab-case, e.g. "pay-range". */
  id: string;
  family: RuleFamily;
  severity: Severity;
  /** One line, written for HR staff. */
  description: string;
  /** Longer explanation: why it matters and how to fix it. */
  docs: string;
  /** Whether its reports may carry a fix (applied by `lint --fix` and "Fix all"). */
  fixable: boolean;
  /** Whether its reports may carry suggestions (offered, never applied automatically). */
  hasSuggestions: boolean;
  /** The rule's heading anchor in postings/lint/rules/README.md, where its docs are collected. */
  docsAnchor: string;
}

export interface Rule {
  meta: RuleMeta;
  check(document: LintDocument, context: LintContext): Report[];
}

/** A front matter value as the posting states it (dates keep their text). */
export type { TomlScalar as FrontMatterScalar, TomlValue as FrontMatterValue } from '../toml/value.js';
import type { TomlValue as FrontMatterValue } from '../toml/value.js';

export interface FrontMatterField {
  /** Full key path, e.g. ["params", "location"]. */
  path: string[];
  value: FrontMatterValue;
  /** Offsets into LintDocument.text of the key and of the value. */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface LintFrontMatter {
  format: 'toml' | 'yaml' | 'json';
  /** Offsets into LintDocument.text of the text between the delimiters. */
  start: number;
  end: number;
  /** Leaf and table fields in document order; empty when the front matter did not parse. */
  fields: FrontMatterField[];
  /** The parse failure, if any, with its offset into LintDocument.text. */
  error?: { message: string; offset: number };
}

export interface LintDocument {
  /** The whole file as decoded, without the byte-order mark. */
  text: string;
  /**
   * How many characters of the text given to the linter come before `text`:
   * 1 when it started with a byte-order mark, else 0. Rules report offsets
   * into `text`; the engine adds this to every fix and suggestion, so their
   * edits index exactly the text that was linted.
   */
  textOffset: number;
  /** Repository-relative path with forward slashes, when known. */
  path?: string;
  frontMatter?: LintFrontMatter;
  /** Offset into text where the Markdown body starts. */
  bodyStart: number;
  /**
   * The text with everything that is not prose blanked out: same length as
   * text, every character that is not prose replaced by a space (line breaks
   * kept), so an offset in prose is the same offset in text. Blanked: front
   * matter, code blocks and inline code, URLs, e-mail addresses, link
   * destinations, HTML tags, Hugo shortcodes, Markdown markers (#, *, >, |,
   * list bullets, emphasis markers).
   */
  prose: string;
  /** The Markdown headings of the body, in order. */
  headings: { depth: number; text: string; start: number; end: number }[];
  /**
   * Links and images of the body. A reference-style link (`[text][label]`,
   * `[label][]`, `[label]`) has its definition's address, or "" when no
   * definition in the file has the label, and `reference`, the label as written.
   */
  links: { url: string; text: string; start: number; end: number; image: boolean; reference?: string }[];
  /** Raw HTML in the body (blocks and inline tags). */
  html: { value: string; start: number; end: number }[];
  /** Get a front matter value by path ("title", "params.location"). */
  field(path: string): FrontMatterField | undefined;
}

/** A spelling checker the host loads (dictionaries come from disk). */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /**
   * With American and British dictionaries together (a site that declares no
   * variant): which of the two alone spells the word so; undefined when both or
   * neither do, or for a speller of one variant. Oxford -ize words count as both.
   */
  variantOf?(word: string): 'american' | 'british' | undefined;
}

/** A grammar problem a grammar checker found in a piece of text. */
export interface GrammarFinding {
  /** The checker's own name for the check ("AnAnother"). */
  check: string;
  message: string;
  /** UTF-16 offsets into the text checked. */
  start: number;
  end: number;
  /** Replacement texts for [start, end), best first. */
  replacements: string[];
}

/**
 * An offline grammar checker the host (or the lint worker) loads: harper.js
 * in this project (postings/repo/grammar.ts), its WebAssembly loaded outside
 * the pure lint code. Synchronous once loaded, like the speller.
 */
export interface GrammarChecker {
  check(text: string): GrammarFinding[];
}

/** Facts about the rest of the repository, for rules that compare postings. */
export interface RepositoryFacts {
  /** Other postings' titles and weights (the one being linted excluded). */
  postings: { path: string; title?: string; weight?: bigint; draft?: boolean }[];
}

export interface RuleSetting {
  enabled: boolean;
  severity?: Severity;
}

export interface LintConfig {
  /** Per-rule overrides by rule id. */
  rules: Record<string, RuleSetting | undefined>;
  /** Extra words the spelling rule accepts (the repository's word list). */
  words: string[];
  company?: string;
  /** Default jurisdiction for pay transparency, e.g. "US-CO", "US-NYC", "EU", "none". */
  jurisdiction?: string;
  /** Whether the site publishes raw HTML (markup.goldmark.renderer.unsafe). */
  unsafeHtml: boolean;
  /** The lint date (for "is the expiry date in the past"); ISO date. */
  today: string;
}

export interface LintContext {
  config: LintConfig;
  speller?: Speller;
  /** Only when grammar checking is on: the checker costs seconds to load. */
  grammar?: GrammarChecker;
  repository?: RepositoryFacts;
}
