import { parseArgs, UsageError } from '../args.js';
import { reportFailure } from '../errors.js';
import { EXIT_OK, type CommandIO } from '../io.js';
import { readDetails, withPostingFile } from '../posting-file-api.js';
import { USAGE } from '../usage.js';

export async function getCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, [], ['json']);
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(`get takes one file: ${USAGE.get}`);
  try {
    const view = await withPostingFile(io.cwd, file, readDetails);
    // One line a value, `dotted.key = TOML value`, so the output reads and greps well.
    io.out(args.flags.has('json') ? `${JSON.stringify(view.values, null, 2)}\n` : `${view.details.map((detail) => `${detail.key} = ${detail.toml}`).join('\n')}\n`);
    return EXIT_OK;
  } catch (error) {
    // Name the file, as set does, so a message in a script's log says which one.
    return reportFailure(io, error, file);
  }
}
