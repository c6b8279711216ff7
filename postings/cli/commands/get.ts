import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { frontMatterOf, readPostingBytes } from '../../posting/posting.js';
import { formatKey, formatValue } from '../../toml/format.js';
import { toPlain, type TomlTable, type TomlValue } from '../../toml/value.js';
import { parseArgs, UsageError } from '../args.js';
import { reportFailure } from '../errors.js';
import { EXIT_OK, type CommandIO } from '../io.js';
import { USAGE } from '../usage.js';

export function getCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, [], ['json']);
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(`get takes one file: ${USAGE.get}`);
  let root: TomlTable;
  try {
    root = frontMatterOf(readPostingBytes(readFileSync(resolve(io.cwd, file)))).root;
  } catch (error) {
    // Name the file, as set does, so a message in a script's log says which one.
    return reportFailure(io, error, file);
  }
  if (args.flags.has('json')) {
    io.out(`${JSON.stringify(toPlain(root), null, 2)}\n`);
    return EXIT_OK;
  }
  io.out(flatten(root, []).join('\n') + '\n');
  return EXIT_OK;
}

/** One line a value, `dotted.key = TOML value`, so the output reads and greps well. */
function flatten(value: TomlValue, path: string[]): string[] {
  if (value.type === 'table' && (path.length === 0 || value.entries.size > 0)) {
    return [...value.entries].flatMap(([key, item]) => flatten(item, [...path, key]));
  }
  return [`${path.map(formatKey).join('.')} = ${formatValue(value)}`];
}
