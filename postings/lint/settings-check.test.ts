import { describe, expect, it } from 'vitest';
import { allRules } from './rules/index.js';
import { checkSettings } from './settings-check.js';

const ids = allRules.map((rule) => rule.meta.id);

describe('checkSettings', () => {
  it('accepts the settings Posting Desk knows', () => {
    const text = 'section = "jobs"\ncompany = "Crunch"\njurisdiction = "US-CO"\nwords = ["Crunch"]\n\n[rules]\nspelling = "off"\nlength = "info"\n';
    expect(checkSettings(text, ids)).toEqual([]);
  });

  it('warns about an unknown key with the one meant, at its line', () => {
    expect(checkSettings('company = "Crunch"\njurisdicton = "US-CO"\n', ids)).toEqual([
      { message: '“jurisdicton” is not a Posting Desk setting, so it changes nothing. Did you mean “jurisdiction”?', line: 2, column: 1 },
    ]);
  });

  it('warns about an unknown rule id, in a [rules] table or a dotted key', () => {
    expect(checkSettings('[rules]\n  spellng = "off"\n', ids)).toEqual([
      { message: '“spellng” is not a rule, so this setting changes nothing. Did you mean “spelling”?', line: 2, column: 3 },
    ]);
    expect(checkSettings('rules.gender-coded-word = "off"\n', ids)[0]?.message).toBe(
      '“gender-coded-word” is not a rule, so this setting changes nothing. Did you mean “gender-coded-words”?',
    );
  });

  it('says nothing is meant when nothing is close', () => {
    expect(checkSettings('colour-scheme = "dark"\n', ids)[0]?.message).toBe('“colour-scheme” is not a Posting Desk setting, so it changes nothing.');
  });

  it('warns about a jurisdiction no law is known for', () => {
    expect(checkSettings('jurisdiction = "US-COO"\n', ids)[0]?.message).toBe(
      'No pay-transparency law is known for the jurisdiction “US-COO”, so pay warnings cannot name one. Did you mean “US-CO”?',
    );
    expect(checkSettings('jurisdiction = "nyc"\n', ids)).toEqual([]);
  });

  it('leaves a file that does not parse to the settings reader', () => {
    expect(checkSettings('rules = [\n', ids)).toEqual([]);
  });
});
