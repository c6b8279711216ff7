import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintPosting } from '../lint-posting.js';
import type { Diagnostic, LintContext } from '../types.js';

/** The real-postings corpus of ../shared (read-only): postings of many organisations, with what a careful reader found in them. */
export const REAL_POSTINGS_DIR = fileURLToPath(new URL('../../../../shared/corpus/real-postings/', import.meta.url));

export interface KnownError {
  file: string;
  text: string;
  line: number;
  kind: 'typo' | 'case' | 'compound' | 'grammar' | 'real-word';
  correction: string;
}

export interface PostingFacts {
  file: string;
  pay: { stated: boolean; where: string | null; text: string | null };
  location: { where: string | null; text: string | null };
  apply: { present: boolean; where: string | null; text: string | null };
}

interface KnownErrors {
  errors: KnownError[];
  facts: PostingFacts[];
}

const manifest = JSON.parse(readFileSync(`${REAL_POSTINGS_DIR}MANIFEST.json`, 'utf8')) as { files: string[]; britishEnglish: string[] };
const known = JSON.parse(readFileSync(`${REAL_POSTINGS_DIR}known-errors.json`, 'utf8')) as KnownErrors;

export const realPostingFiles: readonly string[] = manifest.files;
export const knownErrors: readonly KnownError[] = known.errors;
export const postingFacts: ReadonlyMap<string, PostingFacts> = new Map(known.facts.map((facts) => [facts.file, facts]));

export function readRealPosting(file: string): string {
  return readFileSync(`${REAL_POSTINGS_DIR}${file}`, 'utf8');
}

/** One diagnostic with the text it points at, for judging it against known-errors.json. */
export interface JudgedDiagnostic {
  file: string;
  diagnostic: Diagnostic;
  flagged: string;
}

export interface CorpusFigures {
  postings: number;
  /** Spelling warnings on words no careful reader called wrong. */
  spellingFalseAlarms: JudgedDiagnostic[];
  /** Known non-word typos (kind "typo" whose text holds a word no dictionary has) and whether one was caught. */
  typos: { error: KnownError; caught: boolean }[];
  /** Info-level diagnostics. */
  notes: JudgedDiagnostic[];
  /** Completeness warnings that contradict what the posting states (pay, location, how to apply). */
  wrongWarnings: JudgedDiagnostic[];
  all: JudgedDiagnostic[];
}


/** Lints every corpus posting with `context` and judges the results against known-errors.json. */
export function measureCorpus(context: LintContext, lint = lintPosting): CorpusFigures {
  const all: JudgedDiagnostic[] = [];
  for (const file of realPostingFiles) {
    const text = readRealPosting(file);
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    for (const diagnostic of lint(text, context, { path: `content/jobs/${file}` }).messages) {
      all.push({ file, diagnostic, flagged: pointedAt(lines, diagnostic) });
    }
  }
  const errorsOf = (file: string): KnownError[] => knownErrors.filter((error) => error.file === file);
  const isKnown = (judged: JudgedDiagnostic): boolean =>
    errorsOf(judged.file).some(
      (error) => error.line === judged.diagnostic.line && error.text.toLowerCase().includes(judged.flagged.toLowerCase()) && judged.flagged.length > 0,
    );
  const spelling = all.filter((judged) => judged.diagnostic.ruleId === 'spelling');
  const typos = knownErrors
    // A typo made of real words ("past-time" for "pastime") is no non-word: no spelling check can see it.
    .filter((error) => error.kind === 'typo' && error.text.split(/[\s-]+/).some((part) => context.speller?.correct(part) === false))
    .map((error) => ({
      error,
      caught: spelling.some((judged) => judged.file === error.file && judged.diagnostic.line === error.line && error.text.includes(judged.flagged)),
    }));
  const wrongWarnings = all.filter((judged) => contradictsFacts(judged));
  return {
    postings: realPostingFiles.length,
    spellingFalseAlarms: spelling.filter((judged) => !isKnown(judged)),
    typos,
    notes: all.filter((judged) => judged.diagnostic.severity === 'info'),
    wrongWarnings,
    all,
  };
}

function contradictsFacts(judged: JudgedDiagnostic): boolean {
  const facts = postingFacts.get(judged.file);
  if (!facts || judged.diagnostic.severity === 'info') return false;
  const { ruleId, message } = judged.diagnostic;
  if (ruleId === 'pay-range') return facts.pay.stated && /\b(no|not|missing|without)\b/i.test(message);
  if (ruleId === 'location') return facts.location.text !== null;
  if (ruleId === 'how-to-apply') return facts.apply.present;
  return false;
}

function pointedAt(lines: readonly string[], diagnostic: Diagnostic): string {
  if (diagnostic.line !== diagnostic.endLine) return (lines[diagnostic.line - 1] ?? '').slice(diagnostic.column - 1);
  return (lines[diagnostic.line - 1] ?? '').slice(diagnostic.column - 1, diagnostic.endColumn - 1);
}

/** The figures as one Markdown table row set, for the closing note and the test's failure messages. */
export function describeFigures(figures: CorpusFigures): string {
  const per = (count: number): string => (count / figures.postings).toFixed(2);
  const caught = figures.typos.filter((typo) => typo.caught).length;
  return [
    `| postings | ${figures.postings} |`,
    `| spelling false alarms (per posting) | ${figures.spellingFalseAlarms.length} (${per(figures.spellingFalseAlarms.length)}) |`,
    `| non-word typos caught | ${caught} of ${figures.typos.length} |`,
    `| notes (per posting, most in one) | ${figures.notes.length} (${per(figures.notes.length)}, ${mostInOne(figures.notes)}) |`,
    `| wrong completeness warnings | ${figures.wrongWarnings.length} |`,
    `| all diagnostics (per posting) | ${figures.all.length} (${per(figures.all.length)}) |`,
  ].join('\n');
}

function mostInOne(items: readonly JudgedDiagnostic[]): number {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.file, (counts.get(item.file) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}
