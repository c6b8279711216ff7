import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readPostingBytes, editPosting } from '../../posting/posting.js';
import { savePosting } from '../../repo/save-posting.js';
import { hashBytes } from '../../repo/version.js';
import type { TomlEdit } from '../../toml/edit.js';
import { parseArgs, UsageError } from '../args.js';
import { reportFailure } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, type CommandIO } from '../io.js';
import { parseKeyPath, parseValueLiteral } from '../value-literal.js';
import { USAGE } from '../usage.js';

/**
 * Edits each named file it can; a file it cannot edit is left untouched and
 * reported, and the others are still saved.
 */
export async function setCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['field', 'unset'], [], { f: 'field' });
  // In command-line order: `--unset date --field date=2026-07-04` removes, then sets.
  const edits: TomlEdit[] = args.sequence.map(({ name, value }): TomlEdit =>
    name === 'field' ? fieldEdit(value) : { op: 'remove', path: parseKeyPath(value) },
  );
  if (args.positionals.length === 0) throw new UsageError(`set needs at least one file: ${USAGE.set}`);
  if (edits.length === 0) throw new UsageError(`set needs at least one --field or --unset: ${USAGE.set}`);
  let failed = 0;
  for (const file of args.positionals) {
    try {
      const path = resolve(io.cwd, file);
      const bytes = await readFile(path);
      const result = await savePosting(path, hashBytes(bytes), editPosting(readPostingBytes(bytes), edits));
      io.out(`${result.written ? 'updated' : 'unchanged'} ${file}\n`);
    } catch (error) {
      failed += 1;
      reportFailure(io, error, file);
    }
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

function fieldEdit(assignment: string): TomlEdit {
  const equals = assignment.indexOf('=');
  if (equals <= 0) throw new UsageError(`--field takes key=value, got “${assignment}”`);
  return { op: 'set', path: parseKeyPath(assignment.slice(0, equals).trim()), value: parseValueLiteral(assignment.slice(equals + 1)) };
}
