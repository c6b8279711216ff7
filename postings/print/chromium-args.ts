/**
 * The flags every headless Chromium the project starts shares (the PDF
 * printer, the icon renderer, the e2e specs): no sandbox, which needs a
 * setuid helper or user namespaces a container may lack; no GPU; and none of
 * Chromium's own traffic (component updates, sync, first-run pages).
 */
export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
