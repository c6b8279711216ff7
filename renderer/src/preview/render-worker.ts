/**
 * Renders the preview off the window's thread with the project's own
 * pipeline (the one every export uses): Markdown, then sanitizing.
 */
import { HUGO_DEFAULT_SETTINGS, renderPostingBlocks, type RenderSettings } from '../../../postings/render/index.js';
import type { RenderRequest, RenderResponse } from './render-protocol.js';

const scope = self as unknown as { onmessage: ((event: MessageEvent<RenderRequest>) => void) | null; postMessage(message: RenderResponse): void };
let settings: RenderSettings = HUGO_DEFAULT_SETTINGS;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'settings') {
    settings = request.settings;
    return;
  }
  try {
    scope.postMessage({ type: 'rendered', id: request.id, blocks: renderPostingBlocks(request.body, settings).blocks });
  } catch (error) {
    scope.postMessage({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
