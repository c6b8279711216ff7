import type { Event as ElectronEvent, Session } from 'electron';

/**
 * The app needs no browser permission: no camera, microphone, location,
 * notifications, clipboard reads, MIDI, USB, HID, serial, Bluetooth, screen
 * capture, fullscreen requests or opening external programs from the page.
 * Every request and every check is refused, for every origin.
 */
export type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0] & {};
export type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0] & {};
export type DevicePermissionHandler = Parameters<Session['setDevicePermissionHandler']>[0] & {};
export type DisplayMediaRequestHandler = Parameters<Session['setDisplayMediaRequestHandler']>[0] & {};
export type BluetoothPairingHandler = Parameters<Session['setBluetoothPairingHandler']>[0] & {};

export const denyPermissionRequest: PermissionRequestHandler = (_webContents, _permission, callback) => callback(false);
export const denyPermissionCheck: PermissionCheckHandler = () => false;
export const denyDevicePermission: DevicePermissionHandler = () => false;
export const denyDisplayMedia: DisplayMediaRequestHandler = (_request, callback) => callback(null);
export const denyBluetoothPairing: BluetoothPairingHandler = (_details, callback) => callback({ confirmed: false });

/** The parts of a session the policy sets. */
export type PolicySession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
  | 'setSpellCheckerEnabled'
>;

/** Applies the policy to a session before any page loads in it. */
export function applySessionPolicy(session: PolicySession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
  session.setDisplayMediaRequestHandler(denyDisplayMedia);
  session.setBluetoothPairingHandler(denyBluetoothPairing);
  // The editor's spelling comes from the posting lint; Chromium's own would
  // fetch dictionaries from the network.
  session.setSpellCheckerEnabled(false);
}

/** Cancels a download: every one but the page's own exports (downloads.ts), and all of them in the print session. */
export function cancelDownload(event: Pick<ElectronEvent, 'preventDefault'>): void {
  event.preventDefault();
}

/**
 * No remote content: every request for a network or file URL from the
 * session is cancelled, whatever asked for it (the CSP already refuses them
 * in the page; this also covers what the CSP does not see). The app's own
 * files come from app://, which these patterns never match.
 */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'];

export function cancelRemoteRequest(_details: { url: string }, callback: (response: { cancel: boolean }) => void): void {
  callback({ cancel: true });
}
