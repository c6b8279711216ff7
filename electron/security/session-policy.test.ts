import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  applySessionPolicy,
  cancelDownload,
  cancelRemoteRequest,
  denyBluetoothPairing,
  denyDevicePermission,
  denyDisplayMedia,
  denyPermissionCheck,
  denyPermissionRequest,
  type PolicySession,
  REMOTE_URL_PATTERNS,
} from './session-policy.js';

type Permission = Parameters<Parameters<Session['setPermissionRequestHandler']>[0] & {}>[1];
const PERMISSIONS: Permission[] = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'pointerLock', 'midiSysex', 'hid', 'serial', 'usb', 'display-capture', 'fileSystem', 'window-management', 'local-fonts', 'unknown'];

describe('the session policy', () => {
  it.each(PERMISSIONS)('refuses a %s request', (permission) => {
    const answers: boolean[] = [];
    denyPermissionRequest(null as never, permission, (granted) => answers.push(granted), { requestingUrl: 'app://posting-desk/index.html', isMainFrame: true });
    expect(answers).toEqual([false]);
  });

  it.each(PERMISSIONS)('answers a %s check with no, for the app itself too', (permission) => {
    expect(denyPermissionCheck(null, permission, 'app://posting-desk', { isMainFrame: true, requestingUrl: 'app://posting-desk/index.html' })).toBe(false);
  });

  it('refuses devices, screen capture and Bluetooth pairing', () => {
    expect(denyDevicePermission({ deviceType: 'usb', origin: 'app://posting-desk', device: {} as never })).toBe(false);
    const streams: unknown[] = [];
    denyDisplayMedia({} as never, (answer) => streams.push(answer));
    expect(streams).toEqual([null]);
    const pairings: unknown[] = [];
    denyBluetoothPairing({} as never, (answer) => pairings.push(answer));
    expect(pairings).toEqual([{ confirmed: false }]);
  });

  it('installs every refusal, and turns off the spell checker that would download dictionaries', () => {
    const set: Record<string, unknown> = {};
    const session: PolicySession = {
      setPermissionRequestHandler: (handler) => void (set.request = handler),
      setPermissionCheckHandler: (handler) => void (set.check = handler),
      setDevicePermissionHandler: (handler) => void (set.device = handler),
      setDisplayMediaRequestHandler: (handler) => void (set.displayMedia = handler),
      setBluetoothPairingHandler: (handler) => void (set.bluetooth = handler),
      setSpellCheckerEnabled: (enabled) => void (set.spellChecker = enabled),
    };
    applySessionPolicy(session);
    expect(set).toEqual({
      request: denyPermissionRequest,
      check: denyPermissionCheck,
      device: denyDevicePermission,
      displayMedia: denyDisplayMedia,
      bluetooth: denyBluetoothPairing,
      spellChecker: false,
    });
  });

  it('cancels downloads', () => {
    let prevented = false;
    cancelDownload({ preventDefault: () => void (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('cancels every network and file request, and the patterns cover every remote scheme but not app://', () => {
    const answers: unknown[] = [];
    cancelRemoteRequest({ url: 'https://tracker.example/pixel.gif' }, (answer) => answers.push(answer));
    expect(answers).toEqual([{ cancel: true }]);
    const schemes = REMOTE_URL_PATTERNS.map((pattern) => pattern.split(':')[0]);
    expect(schemes.sort()).toEqual(['file', 'ftp', 'http', 'https', 'ws', 'wss']);
    expect(REMOTE_URL_PATTERNS.some((pattern) => pattern.startsWith('app:'))).toBe(false);
  });
});
