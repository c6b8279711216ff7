import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one page served from renderer/ and built into dist/renderer/,
// loaded by Electron's custom protocol or by `posting-desk serve`: relative URLs work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
