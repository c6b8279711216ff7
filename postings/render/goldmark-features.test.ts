import { afterAll, describe, expect, it } from 'vitest';
import { hugoAvailable, removeTempFolders } from '../test-support/temp-site.js';
import { BLOCK_ATTRIBUTE_SAMPLES, FEATURE_SAMPLES, UNWRAPPED_IMAGE_SAMPLES } from './test-support/feature-samples.js';
import { compareWithHugo } from './test-support/parity.js';
import { writeSampleSite } from './test-support/sample-site.js';

const hugo = hugoAvailable();
afterAll(removeTempFolders);

// Each Goldmark feature and its corners, built by the real Hugo in one run per config.
describe.skipIf(!hugo)('each Goldmark feature renders as the real Hugo renders it (Hugo not installed: apt-get install hugo)', () => {
  it.each([
    ['Hugo’s defaults', '', FEATURE_SAMPLES],
    ['raw HTML allowed', '[markup.goldmark.renderer]\nunsafe = true\n', FEATURE_SAMPLES],
    ['block attributes on', '[markup.goldmark.parser.attribute]\nblock = true\n', { ...FEATURE_SAMPLES, ...BLOCK_ATTRIBUTE_SAMPLES }],
    ['stand-alone images unwrapped', '[markup.goldmark.parser]\nwrapStandAloneImageWithinParagraph = false\n', UNWRAPPED_IMAGE_SAMPLES],
  ])('with %s', (_name, config, samples) => {
    const { files } = compareWithHugo(writeSampleSite(samples, config), { select: (file) => file.startsWith('content/samples/') });
    expect(files).toHaveLength(Object.keys(samples).length);
    const differing = files.filter((file) => !file.equal).map((file) => `${file.file}\n${file.difference ?? ''}`);
    expect(differing.join('\n\n')).toBe('');
  }, 120_000);
});
