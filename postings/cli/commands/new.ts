import { unwrap, withApi } from '../api-client.js';
import { parseArgs, single, UsageError } from '../args.js';
import { EXIT_OK, type CommandIO } from '../io.js';
import { USAGE } from '../usage.js';

export async function newCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['title', 'section'], ['bundle'], { t: 'title' });
  const title = single(args, 'title');
  if (title === undefined || title.trim() === '') throw new UsageError(`new needs a title: ${USAGE.new}`);
  if (args.positionals.length > 1) throw new UsageError(`new takes at most one repository: ${USAGE.new}`);
  const section = single(args, 'section');
  return withApi(args.positionals[0] ?? io.cwd, async (api) => {
    const created = unwrap(await api.newPosting({ title, bundle: args.flags.has('bundle'), ...(section === undefined ? {} : { section }) }));
    io.out(`created ${created.path} (from ${created.archetype})\n`);
    return EXIT_OK;
  });
}
