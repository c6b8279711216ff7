import { defineConfig } from '@playwright/test';
import base from '../playwright.config.js';

// `npm run screenshots`: the README's pictures of the main screen, taken from the built app. Not a test.
export default defineConfig({ ...base, testMatch: 'screenshots.take.ts', reporter: 'line' });
