// `npm start [-- repo]`: until the desktop window lands, show the repository's postings and warnings.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/postings/cli/main.js', import.meta.url));
const repository = process.argv[2] ?? fileURLToPath(new URL('../sample-site', import.meta.url));
for (const command of [['list'], ['lint']]) {
  const { status } = spawnSync(process.execPath, [cli, ...command], { stdio: 'inherit', cwd: repository });
  if (status === 2) process.exit(2);
}
