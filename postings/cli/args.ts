/** A parsed command line: positional words, repeatable options, and flags. */
export interface ParsedArgs {
  positionals: string[];
  /** Every valued option in command-line order (order matters to `set`). */
  sequence: { name: string; value: string }[];
  flags: Set<string>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses `--name value`, `--name=value` and `--flag`. Which names take a
 * value is declared, so a value that starts with "--" is never mistaken.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[], shortcuts: Record<string, string> = {}): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], sequence: [], flags: new Set() };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(index + 1));
      break;
    }
    const long = arg.startsWith('--') ? arg.slice(2) : arg.startsWith('-') && arg.length > 1 ? shortcuts[arg.slice(1)] : undefined;
    if (long === undefined) {
      if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`Unknown option ${arg}`);
      parsed.positionals.push(arg);
      continue;
    }
    const equals = long.indexOf('=');
    const name = equals === -1 ? long : long.slice(0, equals);
    if (valued.includes(name)) {
      const value = equals === -1 ? argv[++index] : long.slice(equals + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      parsed.sequence.push({ name, value });
    } else if (flags.includes(name) && equals === -1) {
      parsed.flags.add(name);
    } else {
      throw new UsageError(`Unknown option --${name}`);
    }
  }
  return parsed;
}

/** The values given for one option, in order. */
export function optionValues(args: ParsedArgs, name: string): string[] {
  return args.sequence.filter((option) => option.name === name).map((option) => option.value);
}

export function single(args: ParsedArgs, name: string): string | undefined {
  const values = optionValues(args, name);
  if (values.length > 1) throw new UsageError(`--${name} can be given only once`);
  return values[0];
}
