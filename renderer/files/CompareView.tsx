import { useMemo, useState } from 'react';
import type { FilesController } from './files-controller.js';
import { diffLines, mergeParts, type Pick } from './line-diff.js';
import { useFiles } from './use-files.js';

/** Both texts side by side with their differences; the user picks a side per change and saves the result. */
export function CompareView({ files }: { files: FilesController }) {
  const { comparison } = useFiles(files);
  const parts = useMemo(() => (comparison ? diffLines(comparison.mine, comparison.theirs.text) : []), [comparison]);
  const [picks, setPicks] = useState<Pick[]>([]);
  if (!comparison) return null;
  const mineLabel = comparison.reason === 'recovery' ? 'Your unsaved changes' : 'Yours (unsaved)';
  let changeIndex = -1;
  return (
    <div className="files-compare" role="dialog" aria-modal="true" aria-labelledby="files-compare-title">
      <h2 id="files-compare-title">Compare your version with the one on disk</h2>
      <p>For each difference, choose which version to keep, then save. Unchanged lines are shared.</p>
      <table className="files-compare-table">
        <thead>
          <tr>
            <th scope="col">{mineLabel}</th>
            <th scope="col">On disk</th>
            <th scope="col">Keep</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part, index) => {
            if (part.kind === 'same') {
              return (
                <tr key={index} className="files-compare-same">
                  <td colSpan={2}>
                    <SameLines lines={part.lines} />
                  </td>
                  <td />
                </tr>
              );
            }
            changeIndex += 1;
            const change = changeIndex;
            const pick = picks[change] ?? 'theirs';
            const choose = (side: Pick): void => setPicks((current) => Object.assign([...current], { [change]: side }));
            return (
              <tr key={index} className="files-compare-change">
                <td className={pick === 'mine' ? 'files-compare-picked' : undefined}>
                  <pre>{part.mine.join('')}</pre>
                </td>
                <td className={pick === 'theirs' ? 'files-compare-picked' : undefined}>
                  <pre>{part.theirs.join('')}</pre>
                </td>
                <td>
                  <fieldset>
                    <legend>Difference {change + 1}</legend>
                    <label>
                      <input type="radio" name={`files-pick-${change}`} checked={pick === 'mine'} onChange={() => choose('mine')} /> Mine
                    </label>
                    <label>
                      <input type="radio" name={`files-pick-${change}`} checked={pick === 'theirs'} onChange={() => choose('theirs')} /> On disk
                    </label>
                  </fieldset>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="files-banner-actions">
        <button type="button" className="pd-button" onClick={() => void files.saveMerged(mergeParts(parts, picks))}>
          Save this version
        </button>
        <button type="button" className="pd-button" onClick={() => setPicks(Array(changeIndex + 1).fill('mine'))}>
          Pick all mine
        </button>
        <button type="button" className="pd-button" onClick={() => setPicks([])}>
          Pick all on disk
        </button>
        <button type="button" className="pd-button" onClick={() => files.closeComparison()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** A long run of equal lines shows its first and last lines, the rest folded away. */
const CONTEXT_LINES = 3;

function SameLines({ lines }: { lines: string[] }) {
  if (lines.length <= CONTEXT_LINES * 2 + 2) return <pre>{lines.join('')}</pre>;
  const hidden = lines.slice(CONTEXT_LINES, lines.length - CONTEXT_LINES);
  return (
    <>
      <pre>{lines.slice(0, CONTEXT_LINES).join('')}</pre>
      <details>
        <summary>{hidden.length} unchanged lines</summary>
        <pre>{hidden.join('')}</pre>
      </details>
      <pre>{lines.slice(-CONTEXT_LINES).join('')}</pre>
    </>
  );
}
