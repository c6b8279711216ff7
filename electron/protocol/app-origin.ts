/**
 * The app's own origin. The UI is served from a privileged custom scheme,
 * never file://, so the page has a real origin of its own ('self' in the CSP
 * means exactly our files) and nothing on disk outside the renderer's build
 * is reachable from it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'posting-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Whether url is a page or file of the app itself (app://posting-desk/...). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
