import type { DetailEdit } from '../../api/api.js';
import { formatKeyPath, formatValue } from '../../toml/format.js';
import { unwrap } from '../api-client.js';
import { ApiFailure } from '../api-failure.js';
import { parseArgs, UsageError } from '../args.js';
import { reportFailure } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, type CommandIO } from '../io.js';
import { readDetails, withPostingFile } from '../posting-file-api.js';
import { parseKeyPath, parseValueLiteral } from '../value-literal.js';
import { USAGE } from '../usage.js';

/**
 * Edits each named file it can; a file it cannot edit is left untouched and
 * reported, and the others are still saved.
 */
export async function setCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['field', 'unset'], [], { f: 'field' });
  // In command-line order: `--unset date --field date=2026-07-04` removes, then sets.
  const edits: DetailEdit[] = args.sequence.map(({ name, value }): DetailEdit =>
    name === 'field' ? fieldEdit(value) : { key: formatKeyPath(parseKeyPath(value)), unset: true },
  );
  if (args.positionals.length === 0) throw new UsageError(`set needs at least one file: ${USAGE.set}`);
  if (edits.length === 0) throw new UsageError(`set needs at least one --field or --unset: ${USAGE.set}`);
  let failed = 0;
  for (const file of args.positionals) {
    try {
      const outcome = await withPostingFile(io.cwd, file, async (api, path) => {
        const view = await readDetails(api, path);
        return unwrap(await api.savePosting({ path, baseVersion: view.version, edits }));
      });
      if (outcome.status === 'conflict') {
        throw new ApiFailure({ code: 'conflict', message: 'The file was changed by someone else while it was being edited; nothing was saved. Run the command again' });
      }
      io.out(`${outcome.changed ? 'updated' : 'unchanged'} ${file}\n`);
    } catch (error) {
      failed += 1;
      reportFailure(io, error, file);
    }
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

/** `key=value`: the value as TOML when it reads as TOML, else as text; the handlers take it as TOML. */
function fieldEdit(assignment: string): DetailEdit {
  const equals = assignment.indexOf('=');
  if (equals <= 0) throw new UsageError(`--field takes key=value, got “${assignment}”`);
  return { key: formatKeyPath(parseKeyPath(assignment.slice(0, equals).trim())), toml: formatValue(parseValueLiteral(assignment.slice(equals + 1))) };
}
