import { describe, expect, it } from 'vitest';
import { nativeSpeaker } from './native-speaker.js';
import { flags, suggested } from './test-support/examples.js';

describe('native-speaker', () => {
  describe('valid', () => {
    it.each([
      'Build cloud-native services and React Native apps with native code.',
      'Translate API-speak to R in a way that feels natural and native.',
      'Non-native speakers are welcome; you need fluent English.',
      'Exceptional command of the English language.',
      'Python as your first language is fine; we also use Go.',
    ])('%s', (text) => {
      expect(flags(nativeSpeaker, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['You are a native English speaker.', ['a native English speaker']],
      ['Native speakers of German preferred.', ['Native speakers of']],
      ['Native-level French and native Spanish.', ['Native-level French', 'native Spanish']],
      ['Native fluency in Japanese.', ['Native fluency']],
      ['English as a first language; mother tongue Dutch.', ['as a first language', 'mother tongue']],
      ['Clear speech with no accent.', ['no accent']],
      ['Must be a native speaker.', ['native speaker']],
    ])('%s', (text, expected) => {
      expect(flags(nativeSpeaker, text)).toEqual(expected);
    });
  });

  describe('suggestions', () => {
    it.each([
      ['You are a native English speaker.', ['You are a fluent English speaker.', 'You are fluent in English.']],
      ['Native Portuguese speakers preferred.', ['Fluent Portuguese speakers preferred.']],
      ['Native-level French required.', ['Fluent French required.']],
      ['Native fluency in Japanese.', ['Full professional fluency in Japanese.']],
    ])('%s', (text, fixed) => {
      expect(suggested(nativeSpeaker, text)).toEqual(fixed);
    });
  });
});
