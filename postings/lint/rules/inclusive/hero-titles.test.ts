import { describe, expect, it } from 'vitest';
import { heroTitles } from './hero-titles.js';
import { diagnostics, flags, suggested } from './test-support/examples.js';

describe('hero-titles', () => {
  describe('valid', () => {
    it.each([
      'We are hiring a senior backend engineer.',
      'Design the hero image and hero banner for the landing page.',
      'Build the setup wizard and the wizard UI for onboarding.',
      'We build with CMake and Ninja.',
      'Experience with Guru or Confluence for documentation.',
      'Experience creating user documentation in [guru](https://www.getguru.com/).',
      'We worked at Rockstar Games and at a unicorn startup.',
      'No heroics needed: we plan our releases.',
      'Run the `ninja` build step.',
      'Packages: cmake 3.28, ninja 1.12.1.',
      'Edit fields in the Courier job creation wizard.',
    ])('%s', (text) => {
      expect(flags(heroTitles, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['We want a rockstar developer.', ['rockstar']],
      ['Are you a Python Ninja?', ['Ninja']],
      ['Our marketing guru and two coding ninjas.', ['guru', 'ninjas']],
      ['Rock star engineers and super-stars wanted', ['Rock star', 'super-stars']],
      ['Be our next hero. Heroes welcome.', ['hero', 'Heroes']],
      ['You are a data wizard and a 10x engineer.', ['wizard', '10x engineer']],
      ['We need a unicorn who does design and code.', ['unicorn']],
      ['[Rockstar developer wanted](https://jobs.example.com/rockstar)', ['Rockstar']],
    ])('%s', (text, expected) => {
      expect(flags(heroTitles, text)).toEqual(expected);
    });

    it('flags the title in the front matter', () => {
      const text = '+++\ntitle = "Rockstar Developer"\n+++\nJoin us.\n';
      expect(flags(heroTitles, text)).toEqual(['Rockstar']);
      expect(suggested(heroTitles, text)[0]).toContain('title = "Expert Developer"');
    });

    it('suggests neutral words, fixing "a" to "an"', () => {
      expect(suggested(heroTitles, 'We want a rockstar.')).toEqual(['We want an expert.', 'We want a specialist.']);
    });

    it('says why in the message and warns', () => {
      const [diagnostic] = diagnostics(heroTitles, 'A rockstar.');
      expect(diagnostic?.severity).toBe('warning');
      expect(diagnostic?.message).toMatch(/^“rockstar” is a “hero” title: .* Consider “expert” or “specialist”\.$/);
    });
  });
});
