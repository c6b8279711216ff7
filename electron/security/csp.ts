/**
 * The window's Content-Security-Policy: the same policy `posting-desk serve`
 * sends, since both hosts serve the one renderer and it must behave alike.
 * No inline script, no eval, no remote origin anywhere ('self' is
 * app://posting-desk here), no frames, plugins or forms.
 */
export { CONTENT_SECURITY_POLICY } from '../../postings/cli/serve/security-headers.js';
