import { describe, expect, it } from 'vitest';
import { hollowBenefits } from './hollow-benefits.js';
import { flags, suggested } from './test-support/examples.js';

describe('hollow-benefits', () => {
  describe('valid', () => {
    it.each([
      'Tune the database connection pool and the worker pool.',
      'Join Coffee Meets Bagel, or bring your own coffee.',
      'Ship titles on Xbox and PlayStation.',
      'Implement a ping-pong buffer for the audio pipeline.',
      'Health cover, 30 days of leave and a pension.',
    ])('%s', (text) => {
      expect(flags(hollowBenefits, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['Free beer on Fridays and a kegerator.', ['Free beer', 'kegerator']],
      ['Weekly happy hours, Beer Fridays.', ['happy hours', 'Beer Fridays']],
      ['A ping pong table, foosball and a pool table.', ['ping pong', 'foosball', 'pool table']],
      ['Nerf guns and a games room.', ['Nerf guns', 'games room']],
    ])('%s', (text, expected) => {
      expect(flags(hollowBenefits, text)).toEqual(expected);
    });
  });

  it('suggests a team social for a happy hour', () => {
    expect(suggested(hollowBenefits, 'Monthly happy hour.')).toEqual(['Monthly team social.']);
  });
});
