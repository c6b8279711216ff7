import { defineConfig } from '@playwright/test';
import base from '../playwright.config.js';

// `npm run screenshots`: the README's pictures of the main screen, taken from the built app. Not a test.
// Paths in a config are relative to the file that declares them, so this folder's are restated.
export default defineConfig({ ...base, testDir: '.', globalSetup: './support/global-setup.ts', testMatch: 'screenshots.take.ts', reporter: 'line' });
