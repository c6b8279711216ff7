import { parseArgs } from '../args.js';
import { EXIT_OK, type CommandIO } from '../io.js';
import { listPostings, type PostingSummary } from '../../repo/list-postings.js';
import { openRepository } from '../../repo/repository.js';

export function listCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, [], ['json']);
  const repository = openRepository(args.positionals[0] ?? io.cwd);
  const postings = listPostings(repository);
  if (args.flags.has('json')) {
    io.out(`${JSON.stringify(postings, null, 2)}\n`);
    return EXIT_OK;
  }
  io.out(formatTable(postings));
  io.out(`${postings.length} posting${postings.length === 1 ? '' : 's'} in ${repository.site.contentDir}/${repository.section}\n`);
  return EXIT_OK;
}

function status(posting: PostingSummary): string {
  if (posting.error) return 'unreadable';
  if (posting.draft) return 'draft';
  if (posting.expiryDate && Date.parse(posting.expiryDate) < Date.now()) return 'expired';
  return 'published';
}

function formatTable(postings: PostingSummary[]): string {
  const rows = postings.map((posting) => [
    posting.title ?? (posting.error ? `(${posting.error})` : '(no title)'),
    status(posting),
    (posting.date ?? '').slice(0, 10),
    posting.weight === undefined ? '' : String(posting.weight),
    posting.path,
  ]);
  const header = ['TITLE', 'STATUS', 'DATE', 'WEIGHT', 'FILE'];
  const widths = header.map((title, column) => Math.min(60, Math.max(title.length, ...rows.map((row) => (row[column] as string).length))));
  const line = (cells: string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] as number))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
