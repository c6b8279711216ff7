import { UsageError } from './args.js';
import { reportFailure } from './errors.js';
import { EXIT_OK, type CommandIO } from './io.js';
import { USAGE } from './usage.js';

type Command = (argv: readonly string[], io: CommandIO) => number | Promise<number>;

// Each command is loaded when it runs: `list` need not load the lint rules and dictionaries.
const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string }> = {
  list: { load: async () => (await import('./commands/list.js')).listCommand, usage: USAGE.list },
  get: { load: async () => (await import('./commands/get.js')).getCommand, usage: USAGE.get },
  set: { load: async () => (await import('./commands/set.js')).setCommand, usage: USAGE.set },
  new: { load: async () => (await import('./commands/new.js')).newCommand, usage: USAGE.new },
  lint: { load: async () => (await import('./commands/lint.js')).lintCommand, usage: USAGE.lint },
  export: { load: async () => (await import('./commands/export.js')).exportCommand, usage: USAGE.export },
  serve: { load: async () => (await import('./commands/serve.js')).serveCommand, usage: USAGE.serve },
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
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`Usage: ${command.usage}\n`);
      return EXIT_OK;
    }
    return await (await command.load())(rest, io);
  } catch (error) {
    return reportFailure(io, error);
  }
}
