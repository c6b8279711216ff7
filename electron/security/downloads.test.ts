import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSavePath, isExportDownload, parseExportFolder } from './downloads.js';

describe('downloads', () => {
  it('allows the page’s own exports, handed over as blob: URLs of the app', () => {
    expect(isExportDownload('blob:app://posting-desk/0b6f3f3e-1c55-4a53-9d1e-3d3a3b7f9c11')).toBe(true);
  });

  it.each(['https://example.com/malware.exe', 'http://example.com/a.pdf', 'blob:https://evil.example/1234', 'blob:app://posting-desk.evil/1', 'data:application/pdf;base64,JVBERi0=', 'file:///etc/passwd', 'app://posting-desk/index.html'])('cancels %s', (url) => {
    expect(isExportDownload(url)).toBe(false);
  });

  it('starts the save dialog in the last export folder, with the export’s name and no folder smuggled in', () => {
    expect(exportSavePath('/home/hr/Exports', 'data-analyst.pdf', '/home/hr/Documents')).toBe(join('/home/hr/Exports', 'data-analyst.pdf'));
    expect(exportSavePath(undefined, 'data-analyst.md', '/home/hr/Documents')).toBe(join('/home/hr/Documents', 'data-analyst.md'));
    expect(exportSavePath('/x', '../../.bashrc', '/d')).toBe(join('/x', '_.._.bashrc'));
    expect(exportSavePath('/x', '..', '/d')).toBe(join('/x', 'posting'));
  });

  it('reads the remembered folder', () => {
    expect(parseExportFolder({ version: 1, folder: '/home/hr/Exports' })).toEqual({ version: 1, folder: '/home/hr/Exports' });
    expect(parseExportFolder({ version: 1, folder: '' })).toBeUndefined();
    expect(parseExportFolder({ folder: '/x' })).toBeUndefined();
    expect(parseExportFolder(null)).toBeUndefined();
  });
});
