import { describe, expect, it } from 'vitest';
import { createLintDocument } from './document.js';
import { isSectionPage } from './section-page.js';

describe('isSectionPage', () => {
  it.each([
    ['content/jobs/_index.md', true],
    ['content/jobs/_index.de.md', true],
    ['_index.md', true],
    ['content/jobs/backend-engineer.md', false],
    ['content/jobs/index.md', false],
  ])('%s → %s', (path, expected) => {
    expect(isSectionPage(createLintDocument('Body.', { path }))).toBe(expected);
  });

  it('is false when the path is unknown', () => {
    expect(isSectionPage(createLintDocument('Body.'))).toBe(false);
  });
});
