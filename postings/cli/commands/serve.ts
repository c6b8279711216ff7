import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../../api/handlers.js';
import { openRepository } from '../../repo/repository.js';
import { parseArgs, single, UsageError } from '../args.js';
import { EXIT_FAILURE, EXIT_OK, type CommandIO } from '../io.js';
import { dispatcherFor } from '../serve/api-dispatcher.js';
import { PortInUseError, startServer, type RunningServer } from '../serve/http-server.js';
import { openBrowser } from '../serve/open-browser.js';
import { untilStopSignal } from '../serve/stop-signal.js';
import { moveToTrash } from '../serve/trash.js';
import { userDataFolder } from '../user-data/data-folder.js';

/** The built UI: dist/renderer beside dist/postings. */
const RENDERER_DIR = fileURLToPath(new URL('../../../renderer/', import.meta.url));

export async function serveCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['port'], ['no-open']);
  if (args.positionals.length > 1) throw new UsageError('serve opens one repository at a time');
  const port = parsePort(single(args, 'port'));
  // Open it now so a wrong folder fails here, in words, not in the browser.
  const repository = openRepository(args.positionals[0] ?? io.cwd);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    io.err(`posting-desk: the app's screens are not built (${RENDERER_DIR} has no index.html): run “npm run build” first\n`);
    return EXIT_FAILURE;
  }
  const api = createHandlers(repository.root, { trash: moveToTrash, dataFolder: userDataFolder() });
  let server: RunningServer;
  try {
    server = await startServer({ api: dispatcherFor(api), staticRoot: RENDERER_DIR, port });
  } catch (error) {
    await api.close();
    if (!(error instanceof PortInUseError)) throw error;
    io.err(`posting-desk: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  const stopped = untilStopSignal();
  // The one line on stdout, so scripts can read the address.
  io.out(`${server.url}\n`);
  io.err(`Posting Desk is serving ${repository.root} on this computer only. Press Ctrl+C to stop.\n`);
  if (!args.flags.has('no-open') && !(await openBrowser(server.url))) {
    io.err('No browser could be opened: open the address above.\n');
  }
  await stopped;
  await server.close();
  await api.close();
  io.err('Posting Desk stopped.\n');
  return EXIT_OK;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port takes a number from 0 to 65535 (0 picks a free port), not “${value}”`);
  return Number(value);
}
