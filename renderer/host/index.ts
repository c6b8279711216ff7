import type { PostingDeskApi } from '../../postings/api/api.js';
import { createHttpApi } from './http-api.js';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in a browser. */
    postingDesk?: PostingDeskApi;
  }
}

/** The API of whichever host loaded the page: the desktop shell's preload, else `posting-desk serve` over HTTP. */
export function connectToHost(scope: { postingDesk?: PostingDeskApi | undefined } = window): PostingDeskApi {
  return scope.postingDesk ?? createHttpApi();
}
