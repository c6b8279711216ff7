import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PostingError } from '../file/posting-error.js';
import type { PlainValue } from '../toml/value.js';
import { readConfigFile } from './config-file.js';

export const SETTINGS_FILE = '.posting-desk.toml';

export type RuleSeverity = 'error' | 'warning' | 'info';

/** The repository's own Posting Desk settings (.posting-desk.toml). */
export interface RepositorySettings {
  /** The content section that holds postings. */
  section?: string;
  company?: string;
  /** Default jurisdiction for pay transparency, e.g. "US-CO" or "EU". */
  jurisdiction?: string;
  /** Words the spelling check accepts. */
  words: string[];
  rules: Record<string, { enabled: boolean; severity?: RuleSeverity }>;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

export function readRepositorySettings(root: string): RepositorySettings {
  const file = join(root, SETTINGS_FILE);
  if (!existsSync(file)) return { words: [], rules: {} };
  const table = readConfigFile(file);
  const problem = (message: string): PostingError => new PostingError('invalid-config', `${SETTINGS_FILE}: ${message}`);
  const text = (key: string): string | undefined => {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw problem(`“${key}” must be text in quotes`);
    return value;
  };
  const words = table.words ?? [];
  if (!Array.isArray(words) || !words.every((word): word is string => typeof word === 'string')) {
    throw problem('“words” must be a list of words in quotes, like words = ["Shelfwise", "Kestrel"]');
  }
  const rules: RepositorySettings['rules'] = {};
  const ruleTable = table.rules ?? {};
  if (typeof ruleTable !== 'object' || Array.isArray(ruleTable)) throw problem('[rules] must be a table of rule = "off" | "info" | "warning" | "error"');
  for (const [id, value] of Object.entries(ruleTable)) rules[id] = ruleSetting(id, value, problem);
  const section = text('section');
  const company = text('company');
  const jurisdiction = text('jurisdiction');
  return {
    ...(section === undefined ? {} : { section }),
    ...(company === undefined ? {} : { company }),
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
    words,
    rules,
  };
}

function ruleSetting(id: string, value: PlainValue, problem: (message: string) => PostingError): { enabled: boolean; severity?: RuleSeverity } {
  if (value === false || value === 'off') return { enabled: false };
  if (value === true || value === 'on') return { enabled: true };
  if (typeof value === 'string' && SEVERITIES.has(value)) return { enabled: true, severity: value as RuleSeverity };
  throw problem(`rules.${id} must be "off", "info", "warning" or "error"`);
}
