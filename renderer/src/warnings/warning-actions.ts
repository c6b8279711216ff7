import type { TextEdit } from '../../../postings/lint/types.js';
import type { Services } from '../app/services.js';
import type { LintOutcome, Warning } from '../lint/lint-protocol.js';
import { saveDetailsText } from '../session/save-flow.js';
import { shiftOffset, textChange, type TextChange } from '../session/text-change.js';
import { diagnosticSpan, lineStarts } from './positions.js';

/** Where a warning is now: in the body (offsets of the body the editor holds) or in the details (a line of the file). */
export type WarningPlace = { in: 'body'; start: number; end: number } | { in: 'details'; line: number } | { in: 'gone' };

const starts = new WeakMap<LintOutcome, number[]>();

function startsOf(outcome: LintOutcome): number[] {
  let found = starts.get(outcome);
  if (!found) {
    found = lineStarts(outcome.text);
    starts.set(outcome, found);
  }
  return found;
}

/**
 * Places spans of a lint outcome in the text the user has now. The edit since
 * the lint is found once, so placing hundreds of warnings stays cheap.
 */
export function placer(services: Services, outcome: LintOutcome): (start: number, end: number, line: number) => WarningPlace {
  const posting = services.session.get().posting;
  if (!posting || !outcome.text.startsWith(posting.editable.head)) return () => ({ in: 'gone' });
  const head = posting.editable.head.length;
  const change: TextChange | undefined = textChange(outcome.text.slice(head), posting.body);
  return (start, end, line) => {
    if (start < head) return { in: 'details', line };
    const from = start - head;
    const to = end - head;
    // Typing right against a word changes the word: such a span is not safe to replace either.
    if (change && from <= change.oldEnd && to >= change.start) return { in: 'gone' };
    const mappedStart = shiftOffset(from, change);
    const mappedEnd = shiftOffset(to, change);
    return mappedStart === undefined || mappedEnd === undefined ? { in: 'gone' } : { in: 'body', start: mappedStart, end: mappedEnd };
  };
}

/** A span of the linted text, where it is in the text the user has now. */
export function placeOfSpan(services: Services, outcome: LintOutcome, start: number, end: number, line: number): WarningPlace {
  return placer(services, outcome)(start, end, line);
}

/** Each warning's place, the edit since the lint found once for all of them. */
export function placesOf(services: Services, outcome: LintOutcome): WarningPlace[] {
  const place = placer(services, outcome);
  const starts = startsOf(outcome);
  return outcome.messages.map((warning) => {
    const span = diagnosticSpan(outcome.text, starts, warning);
    return place(span.start, span.end, warning.line);
  });
}

export function placeOf(services: Services, outcome: LintOutcome, warning: Warning): WarningPlace {
  const span = diagnosticSpan(outcome.text, startsOf(outcome), warning);
  return placeOfSpan(services, outcome, span.start, span.end, warning.line);
}

/** The words of a warning's place as written ("recieve"), for "Add to dictionary". */
export function wordOf(outcome: LintOutcome, warning: Warning): string {
  const span = diagnosticSpan(outcome.text, startsOf(outcome), warning);
  return outcome.text.slice(span.start, span.end);
}

/** Selects a warning's place: its words in the text, or its detail in the form. */
export function showWarning(services: Services, outcome: LintOutcome, warning: Warning): void {
  const place = placeOf(services, outcome, warning);
  if (place.in === 'body') services.editor.select(place.start, place.end);
  else if (place.in === 'details') focusDetailAtLine(services, place.line);
}

function focusDetailAtLine(services: Services, line: number): void {
  const details = services.session.get().posting?.details ?? [];
  const field = [...details].reverse().find((candidate) => candidate.line !== undefined && candidate.line <= line);
  const input = field ? document.querySelector<HTMLElement>(`[data-detail-key="${CSS.escape(field.key)}"]`) : null;
  (input ?? document.querySelector<HTMLElement>('form[aria-label="Details"] input'))?.focus();
}

/**
 * Applies a fix or a suggestion: in the body as a typed edit (so it can be
 * undone), in the details as a save of the details. False when the text
 * changed there since the warning was found (the next check brings it back).
 */
export function applyEdit(services: Services, outcome: LintOutcome, edit: TextEdit, line: number): boolean {
  const place = placeOfSpan(services, outcome, edit.start, edit.end, line);
  if (place.in === 'body') {
    services.editor.replace(place.start, place.end, edit.text);
    return true;
  }
  if (place.in === 'details') {
    const posting = services.session.get().posting;
    if (!posting) return false;
    const head = posting.editable.head;
    const fixed = head.slice(0, edit.start) + edit.text + head.slice(edit.end);
    void services.saves.run(() => saveDetailsText(services.api, services.session, fixed));
    return true;
  }
  return false;
}

/** Adds a word to the repository's dictionary; the warnings are checked again with it. */
export async function addToDictionary(services: Services, word: string): Promise<string | undefined> {
  const result = await services.api.addWord({ word });
  if (!result.ok) return result.error.message;
  services.lint.setWords(result.value.words);
  const posting = services.session.get().posting;
  if (posting) services.lint.lint(posting.editable.head + posting.body, posting.path);
  return undefined;
}
