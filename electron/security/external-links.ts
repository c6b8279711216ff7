/**
 * Which links may leave the app for the system's browser or mail program:
 * https: pages with a host and no credentials, and mailto: addresses.
 * Everything else (http:, file:, javascript:, custom schemes that start
 * other programs, app:// itself) stays refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 && !/[\s<>]/.test(decodeSafely(parsed.pathname));
  if (parsed.protocol !== 'https:') return false;
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return ' ';
  }
}
