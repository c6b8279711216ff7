import { UsageError } from './args.js';
import { GET_USAGE, getCommand } from './commands/get.js';
import { LIST_USAGE, listCommand } from './commands/list.js';
import { NEW_USAGE, newCommand } from './commands/new.js';
import { SET_USAGE, setCommand } from './commands/set.js';
import { reportFailure } from './errors.js';
import { EXIT_OK, type CommandIO } from './io.js';

type Command = (argv: readonly string[], io: CommandIO) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  list: { run: listCommand, usage: LIST_USAGE },
  get: { run: getCommand, usage: GET_USAGE },
  set: { run: setCommand, usage: SET_USAGE },
  new: { run: newCommand, usage: NEW_USAGE },
};

export function usage(): string {
  return [
    'Posting Desk: write and check job postings in a Hugo careers site.',
    '',
    'Usage:',
    ...Object.values(COMMANDS).map((command) => `  ${command.usage}`),
    '',
    'The repository defaults to the current folder. Exit codes: 0 success, 1 lint found errors, 2 usage or file problem.',
    '',
  ].join('\n');
}

/** Runs one command line and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`Unknown command “${name}”`);
    return await command.run(rest, io);
  } catch (error) {
    return reportFailure(io, error);
  }
}
