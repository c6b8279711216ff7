import { parseToml } from '../toml/parse.js';
import type { TomlValue } from '../toml/value.js';
import { PAY_TRANSPARENCY_LAWS } from './rules/completeness/pay-laws.js';
import { didYouMean } from './text/did-you-mean.js';

/** The keys .posting-desk.toml may hold at its top level. */
export const SETTINGS_KEYS = ['section', 'company', 'jurisdiction', 'words', 'rules'] as const;

export interface SettingsProblem {
  message: string;
  /** 1-based, in the settings file. */
  line: number;
  column: number;
}

const JURISDICTIONS = [...new Set(PAY_TRANSPARENCY_LAWS.flatMap((law) => [law.code, ...law.aliases])), 'none'];

/**
 * What in a .posting-desk.toml will not do what its writer meant: an unknown
 * key ("jurisdicton"), a rule id no rule has ("spellng"), a jurisdiction no
 * law is known for. Each is a warning naming the closest real one, so a typo
 * cannot silently leave a rule on. Pure: the host hands over the file's text.
 * The file's syntax and value types are the host's settings reader's to refuse.
 */
export function checkSettings(text: string, ruleIds: Iterable<string>): SettingsProblem[] {
  let root: TomlValue;
  try {
    root = parseToml(text).root;
  } catch {
    return [];
  }
  if (root.type !== 'table') return [];
  const ids = [...ruleIds];
  const problems: SettingsProblem[] = [];
  const at = (pattern: RegExp): { line: number; column: number } => positionOf(text, pattern);
  for (const [key, value] of root.entries) {
    if (!(SETTINGS_KEYS as readonly string[]).includes(key)) {
      problems.push({ message: `“${key}” is not a Posting Desk setting, so it changes nothing.${didYouMean(key, SETTINGS_KEYS)}`, ...at(keyPattern(key)) });
      continue;
    }
    if (key === 'rules' && value.type === 'table') {
      for (const id of value.entries.keys()) {
        if (ids.includes(id)) continue;
        problems.push({ message: `“${id}” is not a rule, so this setting changes nothing.${didYouMean(id, ids)}`, ...at(keyPattern(id)) });
      }
    }
    if (key === 'jurisdiction' && value.type === 'string') {
      const known = JURISDICTIONS.some((code) => normalise(code) === normalise(value.value));
      if (!known) {
        problems.push({
          message: `No pay-transparency law is known for the jurisdiction “${value.value}”, so pay warnings cannot name one.${didYouMean(value.value, JURISDICTIONS)}`,
          ...at(keyPattern('jurisdiction')),
        });
      }
    }
  }
  return problems;
}

function normalise(code: string): string {
  return code.trim().toUpperCase().replace(/[\s_]+/g, '-');
}

function keyPattern(key: string): RegExp {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The key bare, quoted, or as the last part of a dotted key ("rules.spellng").
  return new RegExp(String.raw`^[ \t]*(?:[\w"'-]+\.)*["']?${escaped}["']?[ \t]*=`, 'm');
}

function positionOf(text: string, pattern: RegExp): { line: number; column: number } {
  const match = pattern.exec(text);
  if (!match) return { line: 1, column: 1 };
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const indent = /^[ \t]*/.exec(match[0])?.[0].length ?? 0;
  return { line, column: match.index - before.lastIndexOf('\n') + indent };
}
