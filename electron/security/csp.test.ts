import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.js';

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

const policy = directives(CONTENT_SECURITY_POLICY);
/** What a source list may hold: our own origin, inline data for images and fonts, nothing remote. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:', "'wasm-unsafe-eval'"]);

describe('the window’s Content-Security-Policy', () => {
  it('refuses everything not named', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('runs only the app’s own scripts: no inline script, no eval, no remote script', () => {
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.every((source) => ["'self'", "'wasm-unsafe-eval'"].includes(source))).toBe(true);
  });

  it('names no remote origin in any directive', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) expect(LOCAL_SOURCES.has(source), `${name} ${source}`).toBe(true);
    }
  });

  it('allows no plugins, frames, forms, base URL changes or framing by others', () => {
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(policy.get(name), name).toEqual(["'none'"]);
  });

  it('keeps styles to the app’s own files (a style attribute in a posting cannot restyle the page)', () => {
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });

  it('has no high or medium finding in the CSP evaluator electronegativity uses', () => {
    const require = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'));
    const csp = require('@doyensec/csp-evaluator') as {
      CspParser: new (policy: string) => { csp: unknown };
      CspEvaluator: new (parsed: unknown, version: unknown) => { evaluate(): { severity: number; description: string; directive: string }[] };
      Version: { CSP3: unknown };
      severities: Record<string, number>;
    };
    const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
    const serious = [csp.severities.HIGH, csp.severities.MEDIUM];
    expect(findings.filter((finding) => serious.includes(finding.severity)).map((finding) => `${finding.directive}: ${finding.description}`)).toEqual([]);
    // The one "maybe" is the evaluator's standing note on 'self' (JSONP, uploads): app:// serves nothing but the built renderer.
    const maybe = findings.filter((finding) => [csp.severities.HIGH_MAYBE, csp.severities.MEDIUM_MAYBE].includes(finding.severity));
    expect(maybe.map((finding) => finding.directive)).toEqual(['script-src']);
    expect(maybe[0]?.description).toMatch(/'self' can be problematic/);
  });
});

describe('the page’s own copy of the policy', () => {
  const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
  const pages = [join(PROJECT, 'renderer', 'index.html'), join(PROJECT, 'dist', 'renderer', 'index.html')].filter((path) => existsSync(path));

  it.each(pages.map((path) => [path] as const))('%s declares the same policy in a meta tag (less frame-ancestors, which a meta tag cannot carry)', (path) => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(readFileSync(path, 'utf8'));
    expect(meta, 'the page needs <meta http-equiv="Content-Security-Policy">').not.toBeNull();
    const expected = new Map(policy);
    expected.delete('frame-ancestors');
    expect(directives(meta?.[1] ?? '')).toEqual(expected);
  });
});
