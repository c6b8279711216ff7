import type { ApiOperation } from '../../postings/api/api.js';

/** The IPC channel of one API operation: one channel per operation, no generic one. */
export function channelFor(operation: ApiOperation): string {
  return `posting-desk:${operation}`;
}

/** Main to preload only: a menu command for the page (see ../menu/app-commands.ts). */
export const APP_COMMAND_CHANNEL = 'posting-desk:app-command';
