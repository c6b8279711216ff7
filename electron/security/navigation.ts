import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from '../protocol/app-origin.js';
import { isAllowedExternalUrl } from './external-links.js';

/** Opens a vetted URL outside the app (shell.openExternal in the main process). */
export type OpenExternal = (url: string) => void;

/**
 * The window never navigates: the app is one page, and a link clicked in the
 * preview (text written by others) must not replace it. An allowed external
 * link goes to the system's browser instead; anything else is dropped.
 * Returns whether the navigation is allowed (only a same-document move
 * within the app's own page, such as a #fragment).
 */
export function decideNavigation(url: string, isSameDocument: boolean, currentUrl: string, openExternal: OpenExternal): boolean {
  if (isSameDocument && isAppUrl(url) && samePage(url, currentUrl)) return true;
  if (isAllowedExternalUrl(url)) openExternal(url);
  return false;
}

/** window.open, target=_blank and middle-clicks: never a new window; allowed links open outside. */
export function decideWindowOpen(details: Pick<HandlerDetails, 'url'>, openExternal: OpenExternal): WindowOpenHandlerResponse {
  if (isAllowedExternalUrl(details.url)) openExternal(details.url);
  return { action: 'deny' };
}

function samePage(a: string, b: string): boolean {
  try {
    const left = new URL(a);
    const right = new URL(b);
    // URL.origin is "null" for a custom scheme in Node, so compare its parts.
    return left.protocol === right.protocol && left.host === right.host && left.pathname === right.pathname && left.search === right.search;
  } catch {
    return false;
  }
}
