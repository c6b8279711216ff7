import { useCallback, useState } from 'react';
import { useServices } from '../app/services.js';
import { useStore } from '../app/use-store.js';
import type { LintState } from '../lint/lint-client.js';
import type { LintOutcome, Warning } from '../lint/lint-protocol.js';
import { groupWarnings, readiness, verdictText } from './readiness.js';
import { applyEdit, showWarning } from './warning-actions.js';
import { hasFixButtons, WarningFixButtons } from './WarningFixButtons.js';

const selectLint = (state: LintState) => state;

/** The Warnings: a readiness checklist, then each warning by family with its fixes one click away. */
export function WarningsPanel() {
  const services = useServices();
  const lint = useStore(services.lint, selectLint);
  const path = useStore(services.session, useCallback((state) => state.posting?.path, []));
  const outcome = lint.outcome && lint.path === path ? lint.outcome : undefined;

  return (
    <section className="pd-pane pd-warnings" aria-label="Warnings">
      <h2 className="pd-pane-title">
        Warnings {outcome && <span className="pd-count">{outcome.messages.length}</span>}
      </h2>
      <div className="pd-warnings-scroll">
        {!path && <p className="pd-calm-note">Open a posting to see what to check before publishing.</p>}
        {path && !outcome && lint.status !== 'failed' && <p className="pd-calm-note">Checking the posting…</p>}
        {path && lint.status === 'failed' && <p className="pd-calm-note">{lint.problem ?? 'Warnings are not available right now.'}</p>}
        {outcome && <WarningsContent outcome={outcome} />}
      </div>
    </section>
  );
}

function WarningsContent({ outcome }: { outcome: LintOutcome }) {
  const groups = groupWarnings(outcome.messages);
  const { genderCoding } = outcome;
  return (
    <>
      <ul className="pd-checklist" aria-label="Ready to publish">
        {readiness(outcome.messages).map((item) => (
          <li key={item.label} className={item.count === 0 ? 'pd-check-done' : 'pd-check-open'}>
            <span className="pd-check-mark" aria-hidden="true">
              {item.count === 0 ? '✓' : item.count}
            </span>
            <span>{item.label}</span>
            <span className="pd-visually-hidden">{item.count === 0 ? ': done' : `: ${item.count} to check`}</span>
          </li>
        ))}
      </ul>
      <div className="pd-gender">
        <p>{verdictText(genderCoding.verdict)}</p>
        {genderCoding.masculine.length > 0 && <p className="pd-words">Masculine-coded: {unique(genderCoding.masculine).join(', ')}</p>}
        {genderCoding.feminine.length > 0 && <p className="pd-words">Feminine-coded: {unique(genderCoding.feminine).join(', ')}</p>}
      </div>
      {groups.length === 0 && <p className="pd-calm-note">No warnings. This posting reads well.</p>}
      {groups.map((group) => (
        <WarningGroup key={group.family} name={group.name} warnings={group.warnings} outcome={outcome} />
      ))}
    </>
  );
}

/** How many warnings of a family show before "Show all": a long posting can have hundreds. */
const SHOWN_AT_FIRST = 25;

function WarningGroup({ name, warnings, outcome }: { name: string; warnings: { warning: Warning; index: number }[]; outcome: LintOutcome }) {
  const [all, setAll] = useState(false);
  const shown = all ? warnings : warnings.slice(0, SHOWN_AT_FIRST);
  return (
    <section className="pd-warning-group" aria-label={name}>
      <h3>
        {name} <span className="pd-count">{warnings.length}</span>
      </h3>
      <ul>
        {shown.map(({ warning, index }) => (
          <WarningItem key={`${index}-${warning.ruleId}-${warning.line}-${warning.column}`} outcome={outcome} warning={warning} />
        ))}
      </ul>
      {shown.length < warnings.length && (
        <button type="button" className="pd-button pd-button-small pd-button-quiet" onClick={() => setAll(true)}>
          Show all {warnings.length}
        </button>
      )}
    </section>
  );
}

function WarningItem({ outcome, warning }: { outcome: LintOutcome; warning: Warning }) {
  const services = useServices();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const apply = (edit: { start: number; end: number; text: string }) => {
    if (!applyEdit(services, outcome, edit, warning.line)) setProblem('The text changed here; the warning is being checked again.');
  };
  return (
    <li className={`pd-warning pd-severity-${warning.severity}`}>
      <button type="button" className="pd-warning-place" onClick={() => showWarning(services, outcome, warning)}>
        <span className="pd-warning-message">{warning.message}</span>
        <span className="pd-warning-line">Line {warning.line}</span>
      </button>
      {hasFixButtons(warning) && (
        <div className="pd-warning-actions">
          <WarningFixButtons outcome={outcome} warning={warning} onApply={apply} onAdded={setProblem} />
        </div>
      )}
      {problem && <p className="pd-warning-problem">{problem}</p>}
    </li>
  );
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words.map((word) => word.toLowerCase()))];
}
