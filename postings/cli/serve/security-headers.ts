import type { ServerResponse } from 'node:http';

/**
 * The page shows text written by others, so nothing but our own files may
 * run: no inline script, no eval, no remote origin, no framing, no plugins.
 * 'wasm-unsafe-eval' only allows compiling WebAssembly that our own scripts
 * fetch (the lint worker's dictionaries may use it); it does not allow eval.
 * Styles come from our own files too: a style attribute in a posting cannot
 * restyle the page (React sets styles through the DOM, which CSP allows).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "manifest-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** Headers every response carries, whatever it is. */
export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()');
}
