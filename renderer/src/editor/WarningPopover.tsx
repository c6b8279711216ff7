import { useEffect, useRef, useState } from 'react';
import { useServices } from '../app/services.js';
import type { LintOutcome, Warning } from '../lint/lint-protocol.js';
import { applyEdit } from '../warnings/warning-actions.js';
import { WarningFixButtons } from '../warnings/WarningFixButtons.js';

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
        <WarningFixButtons
          outcome={outcome}
          warning={warning}
          onApply={act}
          onAdded={(failed) => (failed ? setProblem(failed) : onClose())}
        />
        <button type="button" className="pd-button pd-button-small pd-button-quiet" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      {problem && <p className="pd-popover-problem">{problem}</p>}
    </div>
  );
}
