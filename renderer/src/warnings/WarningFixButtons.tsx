import type { TextEdit } from '../../../postings/lint/types.js';
import { useServices } from '../app/services.js';
import type { LintOutcome, Warning } from '../lint/lint-protocol.js';
import { addToDictionary, wordOf } from './warning-actions.js';

/** At most five: more choices than that slow the reader down more than they help. */
const MOST_FIXES = 5;

/**
 * A warning's fix and suggestions, and "Add to dictionary" for spelling: the
 * same buttons by the words in the text and in the Warnings list.
 */
export function WarningFixButtons({ outcome, warning, onApply, onAdded }: {
  outcome: LintOutcome;
  warning: Warning;
  onApply: (edit: TextEdit) => void;
  /** Called with the problem when the word could not be added, else with nothing. */
  onAdded: (problem: string | undefined) => void;
}) {
  const services = useServices();
  const fixes = [...(warning.fix ? [{ title: 'Fix it', edit: warning.fix }] : []), ...(warning.suggestions ?? [])].slice(0, MOST_FIXES);
  return (
    <>
      {fixes.map((fix) => (
        <button key={`${fix.title}-${fix.edit.start}`} type="button" className="pd-button pd-button-small" onClick={() => onApply(fix.edit)}>
          {fix.title}
        </button>
      ))}
      {warning.family === 'spelling' && (
        <button
          type="button"
          className="pd-button pd-button-small pd-button-quiet"
          onClick={async () => onAdded(await addToDictionary(services, wordOf(outcome, warning)))}
        >
          Add to dictionary
        </button>
      )}
    </>
  );
}

/** Whether a warning has any button of WarningFixButtons to show. */
export function hasFixButtons(warning: Warning): boolean {
  return Boolean(warning.fix) || (warning.suggestions?.length ?? 0) > 0 || warning.family === 'spelling';
}
