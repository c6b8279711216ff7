import { describe, expect, it } from 'vitest';
import { genderedLanguage } from './gendered-language.js';
import { diagnostics, flags, suggested } from './test-support/examples.js';

describe('gendered-language', () => {
  describe('valid', () => {
    it.each([
      'The team will mentor you, and they will review your first pull request.',
      'We encourage women, men and non-binary people of every background to apply.',
      'We sponsor Women Who Code and a Girls in Tech scholarship.',
      'Our CTO, Ana, leads the platform team. She will be your manager.',
      'Dr. Jia He will run your onboarding.',
      '“He was the best mentor I ever had,” says one of our engineers.',
      'Ben (he/him) and Sara (she/her) run support.',
      'Then the hen, the shed and the theme.',
      'Test the API with Postman, then file a ticket.',
      '- Postman\n- Insomnia',
      '- He is the new Member Director.\n- Our new director of finance retired; his successor starts in May.',
      'Read The Mythical Man-Month before you estimate.',
      'Staff the front desk two days a week; man-in-the-middle attacks are out of scope.',
      'Manage the human-resources database.',
    ])('%s', (text) => {
      expect(flags(genderedLanguage, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['Hey guys, we are hiring!', ['Hey guys']],
      ['You will join a great bunch of guys.', ['guys']],
      ['We are looking for a salesman to grow our region.', ['salesman']],
      ['Report to the chairman; manage our manpower and man-hours.', ['chairman', 'manpower', 'man-hours']],
      ['You will man the phones on Fridays.', ['man the']],
      ['He/she will report to the CTO, and his or her work matters.', ['He/she', 'his or her']],
      ['The candidate must ensure s/he is available; (s)he travels.', ['s/he is', '(s)he']],
      ['The successful candidate will join us in May. He will report to the CTO.', ['He']],
      ['The ideal candidate knows SQL. She is organised and her notes are clear.', ['She is', 'her']],
      ['Each engineer owns his code.', ['his']],
      ['Our postman and the mailmen.', ['postman', 'mailmen']],
      ['In this role, he will own the roadmap.', ['he']],
      ['+++\ntitle = "Account Executive, EMEA"\n+++\nThe Account Executive finds new customers. She reports to the VP.', ['She']],
      ['Explain it in layman’s terms to the businessmen.', ['layman’s terms', 'businessmen']],
    ])('%s', (text, expected) => {
      expect(flags(genderedLanguage, text)).toEqual(expected);
    });
  });

  describe('suggestions', () => {
    it.each([
      ['Hey guys, we are hiring!', 'Hi everyone, we are hiring!'],
      ['We are looking for a salesman.', 'We are looking for a salesperson.'],
      ['Then he or she is ready.', 'Then they are ready.'],
      ['Check his/her work.', 'Check their work.'],
      ['Tell him or her.', 'Tell them.'],
      ['The new hire learns fast. He has a mentor.', 'The new hire learns fast. They have a mentor.'],
      ['Report to the Chairman.', 'Report to the Chair.'],
    ])('%s', (text, fixed) => {
      expect(suggested(genderedLanguage, text)[0]).toBe(fixed);
    });
  });

  it('explains why, as a warning', () => {
    const [diagnostic] = diagnostics(genderedLanguage, 'Hey guys!');
    expect(diagnostic?.severity).toBe('warning');
    expect(diagnostic?.message).toBe('“Hey guys” addresses people as men; women and non-binary readers feel the message is not for them. Consider “hi everyone” or “hi all”.');
  });
});
