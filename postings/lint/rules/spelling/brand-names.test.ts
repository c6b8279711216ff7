import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { brandNamesRule } from './brand-names.js';

const FRONT = '+++\ntitle = "Backend Engineer"\n+++\n';
const lint = (body: string, front = FRONT) => runRule(brandNamesRule, front + body);

describe('brand-names', () => {
  describe('valid', () => {
    it.each([
      'We use JavaScript, TypeScript and PostgreSQL; find us on GitHub and LinkedIn.',
      'We use python and java, and Python and Java.',
      'JAVASCRIPT DEVELOPER WANTED',
      'See https://github.com/example and `javascript` in code.',
      'GitHub’s API.',
    ])('%s', (body) => {
      expect(lint(body)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags names written another way, with the right spelling as the fix', () => {
      const body = 'Strong Javascript and Typescript; a Github profile, Linkedin and Wordpress. Tensorflow or Pytorch.';
      const diagnostics = lint(body);
      expect(diagnostics.map((diagnostic) => flagged(FRONT + body, diagnostic))).toEqual(['Javascript', 'Typescript', 'Github', 'Linkedin', 'Wordpress', 'Tensorflow', 'Pytorch']);
      expect(diagnostics.map((diagnostic) => diagnostic.fix?.text)).toEqual(['JavaScript', 'TypeScript', 'GitHub', 'LinkedIn', 'WordPress', 'TensorFlow', 'PyTorch']);
      expect(diagnostics[0]?.message).toBe('“Javascript” is written “JavaScript”.');
    });

    it('flags lower-case names that have capitals inside, and possessives', () => {
      expect(lint('working with javascript and Github’s tools').map((diagnostic) => diagnostic.fix?.text)).toEqual(['JavaScript', 'GitHub']);
    });

    it('flags the title', () => {
      expect(lint('Text.', '+++\ntitle = "Senior Backend developer (Typescript)"\n+++\n').map((diagnostic) => diagnostic.line)).toEqual([2]);
    });
  });
});
