// electron-builder's afterPack hook: flips the Electron fuses (electron/packaging/fuses.ts, built by `npm run build`).
export { flipPackagedFuses as default } from '../dist/electron/packaging/fuses.js';
