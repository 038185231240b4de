import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The console's one bundle: the server serves it at `/` and Electron loads the same files from
 * `app://console/`. Relative asset URLs (`base: './'`) make both work.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    // Maps are written for the team's error triage but not linked from the bundle (no
    // sourceMappingURL), never served (server/platform/http/console-path.ts) nor packaged
    // (electron-builder.yml): the public gets no source.
    sourcemap: 'hidden',
    // One bundle for a console loaded from the local disk (Electron) or the LAN: ~720 KB, ~210 KB
    // gzipped, parsed once per shift. Splitting it would add requests for no operator-visible gain.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:4000',
      '/socket.io': { target: 'ws://127.0.0.1:4000', ws: true },
    },
  },
});
