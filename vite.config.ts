import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one page served from renderer/ and built into dist/renderer/,
// loaded by Electron's custom protocol or by `posting-desk serve`: relative URLs work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      // @uiw/react-md-editor's own preview (a unified and rehype pipeline, over half the editor's code) is never
      // shown: the editor runs in edit mode beside the app's preview, and that one runs raw HTML unsanitized
      // (notes/editor.md). Kept out of the bundle, the editor's code loads and starts sooner.
      '@uiw/react-markdown-preview/nohighlight': fileURLToPath(new URL('renderer/src/editor/no-md-editor-preview.ts', import.meta.url)),
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // Source maps stay out of the shipped page; the engine's own are enough to debug it.
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
});
