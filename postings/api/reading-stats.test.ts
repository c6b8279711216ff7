import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingStats, syllables } from './reading-stats.js';

describe('readingStats', () => {
  it('counts the words of the body only, not the details', () => {
    const stats = readingStats('+++\ntitle = "Many words in the title here"\n+++\nWe bake bread every morning.\n');
    expect(stats.wordCount).toBe(5);
    expect(stats.readingMinutes).toBe(1);
    expect(stats.readingLevel).toBeUndefined();
  });

  it('finds plain writing easier than long words in long sentences', () => {
    const plain = 'We bake bread. You help us. The work is fun. We start at six. We end at two. '.repeat(4);
    const hard = 'Organisational responsibilities encompass comprehensive operational administration, continuous improvement initiatives, and interdepartmental communication facilitation. '.repeat(4);
    const easy = readingStats(`+++\n+++\n${plain}`).readingLevel;
    const difficult = readingStats(`+++\n+++\n${hard}`).readingLevel;
    expect(easy && difficult && easy.ease > difficult.ease && easy.grade < difficult.grade).toBe(true);
    expect(easy?.label).toBe('Easy to read');
  });

  it('gives a real posting a school grade in the usual range of job postings', () => {
    const text = readFileSync(new URL('../../../shared/fixtures/senior-backend-engineer.md', import.meta.url), 'utf8');
    const stats = readingStats(text);
    expect(stats.wordCount).toBeGreaterThan(300);
    expect(stats.readingMinutes).toBe(Math.ceil(stats.wordCount / 238));
    expect(stats.readingLevel?.grade).toBeGreaterThan(6);
    expect(stats.readingLevel?.grade).toBeLessThan(20);
  });

  it('estimates syllables', () => {
    expect(syllables('bread')).toBe(1);
    expect(syllables('baker')).toBe(2);
    expect(syllables('communication')).toBe(5);
  });
});
