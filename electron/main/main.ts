/**
 * The desktop app's entry (package.json "main"). Registers the app:// scheme
 * as privileged before the app is ready, as Electron requires, and keeps a
 * single instance: a second launch hands its repository to the first one,
 * which opens or focuses that repository's window, and quits.
 */
import { app, protocol } from 'electron';
import { APP_SCHEME_PRIVILEGES } from '../protocol/app-protocol.js';
import { launchRequest, startDesktop } from './desktop.js';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const request = launchRequest();
if (app.requestSingleInstanceLock({ ...request })) startDesktop(request);
else app.quit();
