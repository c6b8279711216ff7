// `npm start [-- repo]`: build, then open Posting Desk on a careers repository
// (by default the user's own copy of the bundled sample site).
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/postings/cli/main.js', import.meta.url));

const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: project, stdio: 'inherit' });
if (built.status !== 0) {
  console.error('posting-desk: the build failed (see above); nothing was opened');
  process.exit(2);
}

// npm runs scripts in the project folder; a relative path is meant from where the user typed `npm start`.
const requested = process.argv[2] === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]);
// Read from the electron package without require('electron'), which would start a download.
const { installedElectronBinary, NO_ELECTRON_BINARY } = await import('../dist/electron/launcher/electron-binary.js');
const electron = installedElectronBinary();

/** The ways to show the app, best first; the first one available opens it. */
const SHELLS = [
  {
    // The desktop app picks the repository itself when none is named: the last one open, else its sample copy.
    available: () => electron !== undefined,
    announce: 'Posting Desk opens in its own window; closing it stops it.',
    open: () => run(electron, ['.', ...(requested === undefined ? [] : [requested])]),
  },
  {
    available: () => true,
    announce: `Posting Desk opens in your browser: ${NO_ELECTRON_BINARY}. Ctrl+C stops it.`,
    open: async () => run(process.execPath, [cli, 'serve', requested ?? (await sampleCopy())]),
  },
];

const shell = SHELLS.find((candidate) => candidate.available());
console.log(shell.announce);
process.exit(await shell.open());

/** The user's copy of sample-site/, made on first start in their data folder; the bundled one is never edited. */
async function sampleCopy() {
  const { userDataFolder } = await import('../dist/postings/cli/user-data/data-folder.js');
  const { ensureSampleCopy } = await import('../dist/postings/cli/user-data/sample-copy.js');
  const copy = ensureSampleCopy(fileURLToPath(new URL('../sample-site', import.meta.url)), userDataFolder());
  if (copy.created) console.log(`Made your own copy of the sample careers site in ${copy.path}`);
  return copy.path;
}

/** Runs the app in the foreground; Ctrl+C reaches it directly, and its exit code becomes ours. */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: project, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', () => {});
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`posting-desk: could not start: ${error.message}`);
      done(2);
    });
  });
}
