import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../postings/test-support/temp-site.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const ELECTRON_VERSION = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;

/** The renderer's page: the built one when there is a build, else the source. */
const INDEX_HTML = [join(PROJECT, 'dist', 'renderer', 'index.html'), join(PROJECT, 'renderer', 'index.html')].find((path) => existsSync(path));

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

/** Electronegativity's CSV: a header row, then one row per finding. */
export function parseFindings(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv).filter((row) => row.join('').trim() !== '');
  expect(header?.join(',').replace(/\s/g, '')).toBe('issue,severity,confidence,filename,location,sample,description,url');
  return rows.map((fields) => {
    const [issue = '', severity = '', confidence = '', file = '', location = ''] = fields;
    return { issue, severity, confidence, file, location, description: fields.at(-2) ?? '' };
  });
}

let folder: string;
let findings: Finding[];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'posting-desk-electronegativity-'));
  // One run over the shell and the page together: the global checks (CSP, navigation limits, permission handler) look across both.
  cpSync(join(PROJECT, 'electron'), join(folder, 'app', 'electron'), { recursive: true });
  if (INDEX_HTML !== undefined) {
    mkdirSync(join(folder, 'app', 'renderer'), { recursive: true });
    cpSync(INDEX_HTML, join(folder, 'app', 'renderer', 'index.html'));
  }
  const output = join(folder, 'findings.csv');
  // It always exits 0 and tries the network (translations, Electron releases); only the CSV counts.
  const run = spawnSync(process.execPath, [CLI, '-i', join(folder, 'app'), '-o', output, '-e', ELECTRON_VERSION, '-v', 'false'], { encoding: 'utf8', timeout: 120_000 });
  expect(run.error).toBeUndefined();
  expect(existsSync(output), `electronegativity wrote no CSV:\n${run.stdout}\n${run.stderr}`).toBe(true);
  findings = parseFindings(readFileSync(output, 'utf8'));
}, 150_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('electronegativity over electron/ and the renderer’s index.html', () => {
  it('scans the page too', () => {
    expect(INDEX_HTML, 'renderer/index.html (or its build) must exist').toBeDefined();
  });

  it('finds nothing HIGH or MEDIUM of FIRM or CERTAIN confidence', () => {
    const serious = findings.filter((finding) => ['HIGH', 'MEDIUM'].includes(finding.severity) && ['FIRM', 'CERTAIN'].includes(finding.confidence));
    expect(serious.map((finding) => `${finding.issue} ${finding.severity}/${finding.confidence} ${finding.file}:${finding.location} ${finding.description}`)).toEqual([]);
  });

  it('sees the CSP, the navigation limits and the permission handler (its global checks pass)', () => {
    const global = findings.filter((finding) => finding.file === 'N/A').map((finding) => finding.issue);
    expect(global).not.toContain('CSP_GLOBAL_CHECK');
    expect(global).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(global).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
  });
});

describe('reading electronegativity’s CSV', () => {
  it('reads quoted fields with commas and quotes in them', () => {
    const csv = 'issue, severity, confidence, filename, location, sample, description, url\n' +
      'SANDBOX_JS_CHECK,"MEDIUM","FIRM","/a/b.ts","3:47","new BrowserWindow({ a: 1, b: ""x"" })","Use sandbox for untrusted origins",https://example.com/wiki\n';
    expect(parseFindings(csv)).toEqual([{ issue: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: '/a/b.ts', location: '3:47', description: 'Use sandbox for untrusted origins' }]);
  });
});
