import { basename, join } from 'node:path';
import { APP_ORIGIN } from '../protocol/app-origin.js';

/**
 * The only downloads the app allows: the page's own exports, which it hands
 * over as a blob: URL of the app's origin (ExportMenu's download link). The
 * system's save dialog asks where; anything else is cancelled.
 */
export function isExportDownload(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`);
}

/** Where the save dialog starts: the folder of the last export (or the fallback), with the export's own name, no folders in it. */
export function exportSavePath(lastFolder: string | undefined, fileName: string, fallbackFolder: string): string {
  const name = basename(fileName.replace(/[\\/]/g, '_')).replace(/^\.+/, '') || 'posting';
  return join(lastFolder ?? fallbackFolder, name);
}

/** export-folder.json: the folder the last export was saved in. */
export function parseExportFolder(value: unknown): { version: 1; folder: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, folder } = value as Record<string, unknown>;
  return version === 1 && typeof folder === 'string' && folder !== '' ? { version: 1, folder } : undefined;
}
