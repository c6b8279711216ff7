import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { OpenPosting } from '../session/posting-session.js';
import { useServices } from '../app/services.js';
import { useStore } from '../app/use-store.js';
import { saveDetails } from '../session/save-flow.js';
import { detailSpecs, editFor, inputValue, type DetailSpec } from './detail-specs.js';

type State = { posting?: OpenPosting };
const selectDetails = (state: State) => state.posting?.details;
const selectEditable = (state: State) => state.posting?.detailsEditable;
const selectProblem = (state: State) => state.posting?.problem;
const selectPath = (state: State) => state.posting?.path;

/** The posting's details as a form; every change is saved at once through the lossless details editor. */
export function DetailsForm({ onSaved }: { onSaved: () => void }) {
  const services = useServices();
  // Only what the form shows: typing in the text must not render the form again.
  const details = useStore(services.session, selectDetails);
  const detailsEditable = useStore(services.session, selectEditable);
  const problem = useStore(services.session, selectProblem);
  const path = useStore(services.session, selectPath);
  const specs = useMemo(() => detailSpecs(details ?? []), [details]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [open, setOpen] = useState(true);
  if (!path || !detailsEditable) return null;

  const editable = detailsEditable === true && !problem;
  const commit = (spec: DetailSpec, input: string | boolean) => {
    const outcome = editFor(spec, input);
    setProblems((current) => {
      const { [spec.key]: _cleared, ...rest } = current;
      return 'problem' in outcome ? { ...rest, [spec.key]: outcome.problem } : rest;
    });
    if (!('edit' in outcome)) return;
    void services.saves.run(() => saveDetails(services.api, services.session, [outcome.edit])).then((result) => {
      if (result === 'saved') onSaved();
    });
  };
  const groups: { name: string; specs: DetailSpec[] }[] = [
    { name: 'Posting', specs: specs.filter((spec) => spec.group === 'posting') },
    { name: 'The job', specs: specs.filter((spec) => spec.group === 'job') },
    { name: 'More details', specs: specs.filter((spec) => spec.group === 'other') },
  ];

  return (
    <form className={`pd-details ${open ? '' : 'pd-details-closed'}`} aria-label="Details" onSubmit={(event: FormEvent) => event.preventDefault()}>
      <div className="pd-details-head">
        <h2 className="pd-pane-title">Details</h2>
        <button type="button" className="pd-button pd-button-quiet pd-button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide details' : 'Show details'}
        </button>
      </div>
      {problem && (
        <p className="pd-notice pd-notice-problem" role="status">
          This posting’s details can’t be read{problem.line && !/line \d/.test(problem.message) ? ` (line ${problem.line})` : ''}: {sentence(problem.message)} Nothing
          is lost: the whole file is in the text below, so it can be fixed there and saved.
        </p>
      )}
      {!problem && detailsEditable !== true && <p className="pd-notice">{detailsEditable.reason}</p>}
      {open && !problem && (
        <div className="pd-details-groups">
          {groups
            .filter((group) => group.specs.length > 0)
            .map((group) => (
              <fieldset key={group.name} className="pd-fieldset">
                <legend>{group.name}</legend>
                <div className="pd-fields">
                  {group.specs.map((spec) => (
                    <DetailInput key={`${spec.key}\u0000${spec.field?.raw ?? spec.field?.toml ?? ''}`} spec={spec} disabled={!editable} problem={problems[spec.key]} onCommit={commit} />
                  ))}
                </div>
              </fieldset>
            ))}
        </div>
      )}
    </form>
  );
}

interface DetailInputProps {
  spec: DetailSpec;
  disabled: boolean;
  problem: string | undefined;
  onCommit(spec: DetailSpec, input: string | boolean): void;
}

/** One detail: an input that fits its type; a change is committed when the field is left or Enter is pressed. */
function DetailInput({ spec, disabled, problem, onCommit }: DetailInputProps) {
  const id = `detail-${spec.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const hintId = spec.hint || problem ? `${id}-hint` : undefined;
  const common = {
    id,
    disabled,
    'data-detail-key': spec.field?.key ?? spec.key,
    'aria-describedby': hintId,
    'aria-invalid': problem ? true : undefined,
  } as const;
  const commitText = useCallback((value: string) => onCommit(spec, value), [onCommit, spec]);
  const onEnter = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitText(event.currentTarget.value);
    }
  };
  let input: React.ReactNode;
  switch (spec.kind) {
    case 'checkbox':
      input = <input {...common} type="checkbox" defaultChecked={spec.field?.value === true} onChange={(event) => onCommit(spec, event.target.checked)} />;
      break;
    case 'choice':
      input = (
        <select {...common} defaultValue={inputValue(spec)} onChange={(event) => commitText(event.target.value)}>
          <option value="">Not given</option>
          {(spec.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case 'long-text':
      input = <textarea {...common} rows={2} defaultValue={inputValue(spec)} onBlur={(event) => commitText(event.target.value)} />;
      break;
    case 'date':
    case 'datetime':
    case 'time':
      input = (
        <input
          {...common}
          type={spec.kind === 'datetime' ? 'datetime-local' : spec.kind}
          step={spec.kind === 'date' ? undefined : inputValue(spec).length > 16 ? 1 : 60}
          defaultValue={inputValue(spec)}
          onBlur={(event) => commitText(event.target.value)}
          onKeyDown={onEnter}
        />
      );
      break;
    default:
      input = (
        <input
          {...common}
          type="text"
          inputMode={spec.kind === 'integer' ? 'numeric' : spec.kind === 'float' ? 'decimal' : undefined}
          defaultValue={inputValue(spec)}
          onBlur={(event) => commitText(event.target.value)}
          onKeyDown={onEnter}
          spellCheck={spec.kind === 'text'}
        />
      );
  }
  return (
    <div className={`pd-field pd-field-${spec.kind}`}>
      <label htmlFor={id}>{spec.label}</label>
      {input}
      {hintId && (
        <p id={hintId} className={problem ? 'pd-field-problem' : 'pd-field-hint'}>
          {problem ?? spec.hint}
        </p>
      )}
    </div>
  );
}

/** A message as a sentence, with its full stop. */
function sentence(message: string): string {
  return /[.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`;
}
