import { useEffect, useRef, useState } from 'react';
import { useServices } from '../app/services.js';
import type { LintOutcome, Warning } from '../lint/lint-protocol.js';
import { addToDictionary, applyEdit, wordOf } from '../warnings/warning-actions.js';

export interface PopoverState {
  outcome: LintOutcome;
  warning: Warning;
  /** Where to show it, in the text container's coordinates. */
  left: number;
  top: number;
  /** Shown above `top` rather than below it. */
  above: boolean;
  /** Opened from the keyboard: focus goes to its first button. */
  focus: boolean;
}

/** A warning's message by its words in the text, with its fixes one click away. */
export function WarningPopover({ state, onClose, onPointerEnter }: { state: PopoverState; onClose: () => void; onPointerEnter: () => void }) {
  const services = useServices();
  const box = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const { outcome, warning } = state;

  useEffect(() => {
    if (state.focus) box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [state]);

  const act = (edit: { start: number; end: number; text: string }) => {
    applyEdit(services, outcome, edit, warning.line);
    onClose();
  };
  const fixes = [
    ...(warning.fix ? [{ title: 'Fix it', edit: warning.fix }] : []),
    ...(warning.suggestions ?? []),
  ].slice(0, 5);

  return (
    <div
      ref={box}
      className={`pd-popover ${state.above ? 'pd-popover-above' : ''}`}
      role="dialog"
      aria-label="Warning"
      style={{ left: Math.max(0, state.left), top: state.top }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={() => {
        if (!box.current?.contains(document.activeElement)) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
          services.editor.focus();
        }
      }}
    >
      <p className="pd-popover-message">{warning.message}</p>
      <div className="pd-popover-actions">
        {fixes.map((fix) => (
          <button key={`${fix.title}-${fix.edit.start}`} type="button" className="pd-button pd-button-small" onClick={() => act(fix.edit)}>
            {fix.title}
          </button>
        ))}
        {warning.family === 'spelling' && (
          <button
            type="button"
            className="pd-button pd-button-small pd-button-quiet"
            onClick={async () => {
              const failed = await addToDictionary(services, wordOf(outcome, warning));
              if (failed) setProblem(failed);
              else onClose();
            }}
          >
            Add to dictionary
          </button>
        )}
        <button type="button" className="pd-button pd-button-small pd-button-quiet" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      {problem && <p className="pd-popover-problem">{problem}</p>}
    </div>
  );
}
