import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { screeningWording } from './screening-wording.js';

const FRONT = '+++\ntitle = "Warehouse Associate"\n+++\n';
const found = (body: string): string[] => runRule(screeningWording, FRONT + body).map((diagnostic) => flagged(FRONT + body, diagnostic));

describe('screening-wording', () => {
  describe('valid', () => {
    it.each([
      'A background check follows a conditional offer.',
      'Candidates may be required to pass a background check.',
      'A clean driving record is required for this delivery role.',
      'You must be authorized to work in the United States.',
      'We can only hire someone who is a resident / citizen in the United States or a resident with a valid work permit.',
      'The candidates should have the citizenship (or residency papers) of a European Union country.',
      'You must be a U.S. citizen: this federal role needs a security clearance.',
      'We are a citizen-science project.',
    ])('%s', (body) => {
      expect(found(body)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['No felonies.', 'No felonies'],
      ['Applicants must have a clean record.', 'a clean record'],
      ['You must have no criminal record.', 'must have no criminal record'],
      ['Only candidates without a criminal record.', 'without a criminal record'],
      ['You must never have been convicted.', 'never have been convicted'],
      ['You must be a US citizen.', 'must be a US citizen'],
      ['U.S. citizens only, please.', 'U.S. citizens only'],
      ['UK citizenship required.', 'UK citizenship required'],
    ])('%s', (body, words) => {
      expect(found(body)).toEqual([words]);
    });

    it('names the laws in its message', () => {
      const [diagnostic] = runRule(screeningWording, `${FRONT}No felons.`);
      expect(diagnostic?.message).toBe('“No felons” shuts out everyone with a record; fair-chance laws (New York City, California and others) forbid this in job ads. Say instead that a background check follows an offer, if one does.');
    });
  });
});
