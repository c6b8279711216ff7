import { describe, expect, it } from 'vitest';
import { PostingError } from '../file/posting-error.js';
import { replaceBody } from './replace-body.js';

describe('replaceBody', () => {
  it('keeps the details section byte for byte and replaces only the body', () => {
    expect(replaceBody('+++\ntitle = "A"\n+++\nOld body\n', 'New body\n')).toBe('+++\ntitle = "A"\n+++\nNew body\n');
  });

  it('keeps a byte-order mark and CRLF details as they are, whatever the new body uses', () => {
    expect(replaceBody('\uFEFF+++\r\ntitle = "A"\r\n+++\r\nOld\r\n', 'New\nlines\n')).toBe('\uFEFF+++\r\ntitle = "A"\r\n+++\r\nNew\nlines\n');
  });

  it('treats a file without details as all body, after its byte-order mark', () => {
    expect(replaceBody('\uFEFF# Notes\n', '# Other\n')).toBe('\uFEFF# Other\n');
    expect(replaceBody('# Notes\n', '')).toBe('');
  });

  it('keeps YAML details too', () => {
    expect(replaceBody('---\ntitle: A\n---\nOld\n', 'New\n')).toBe('---\ntitle: A\n---\nNew\n');
  });

  it('refuses a details section that is never closed rather than guess where the body starts', () => {
    expect(() => replaceBody('+++\ntitle = "A"\nBody\n', 'New')).toThrow(PostingError);
  });
});
