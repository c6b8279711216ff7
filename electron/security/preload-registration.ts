import type { PreloadScriptRegistration } from 'electron';
import { APP_ORIGIN } from '../protocol/app-origin.js';

/**
 * The preload is registered on the app's session for the app's own pages
 * only (app://posting-desk/*), not set per window: a page from anywhere
 * else, were one ever to load in the session, never gets window.postingDesk.
 */
export function appPreloadRegistration(filePath: string): PreloadScriptRegistration {
  return { id: 'posting-desk-api', type: 'frame', filePath, matches: [`${APP_ORIGIN}/*`] };
}
