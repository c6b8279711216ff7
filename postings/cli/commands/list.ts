import type { PostingSummary } from '../../api/api.js';
import { unwrap, withApi } from '../api-client.js';
import { parseArgs } from '../args.js';
import { EXIT_OK, type CommandIO } from '../io.js';
import { counted } from '../../lint/text/counted.js';

export async function listCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, [], ['json']);
  return withApi(args.positionals[0] ?? io.cwd, async (api) => {
    const repository = unwrap(await api.openRepository());
    // The list without lint counts: listing stays fast and needs no dictionaries.
    const postings = unwrap(await api.listPostings({ warningCounts: false }));
    if (args.flags.has('json')) {
      io.out(`${JSON.stringify(postings.map(asWritten), null, 2)}\n`);
      return EXIT_OK;
    }
    io.out(formatTable(postings));
    io.out(`${counted(postings.length, 'posting')} in ${repository.contentDir}/${repository.section}\n`);
    return EXIT_OK;
  });
}

/** `list --json` gives the details as written, and why a file could not be read. */
function asWritten(posting: PostingSummary): Record<string, unknown> {
  const { path, format, title, date, publishDate, expiryDate, draft, weight, problem } = posting;
  const fields = { path, format, title, date, publishDate, expiryDate, draft, weight, error: problem };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function formatTable(postings: PostingSummary[]): string {
  const rows = postings.map((posting) => [
    posting.title ?? (posting.problem ? `(${posting.problem})` : '(no title)'),
    posting.problem ? 'unreadable' : posting.status,
    (posting.date ?? '').slice(0, 10),
    posting.weight === undefined ? '' : String(posting.weight),
    posting.path,
  ]);
  const header = ['TITLE', 'STATUS', 'DATE', 'WEIGHT', 'FILE'];
  const widths = header.map((title, column) => Math.min(60, Math.max(title.length, ...rows.map((row) => (row[column] as string).length))));
  const line = (cells: string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] as number))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
