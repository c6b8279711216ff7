import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-links.js';

describe('links that may open outside the app', () => {
  it.each(['https://careers.example.com/jobs', 'https://example.com', 'mailto:jobs@example.com', 'mailto:jobs@example.com?subject=Application'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'app://posting-desk/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'https://user:secret@example.com/',
    'https://',
    'mailto:',
    'mailto:a@b.c%0d%0a<script>',
    '/relative/path',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
