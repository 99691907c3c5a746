import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './src/host/csp.js';

/**
 * Writes the Content-Security-Policy into index.html's meta tag from the one definition in
 * src/host/csp.ts: the strict policy in builds, the relaxed dev-server policy under `vite dev`
 * (React refresh preamble and hot-reload socket).
 */
export function devCspPlugin(): Plugin {
  let serving = false;
  return {
    name: 'moot-council-csp',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml(html) {
      // frame-ancestors is only honoured as an HTTP header (set by the host and the app:// handler).
      const policy = (serving ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY).replace(
        /; frame-ancestors [^;]*/,
        '',
      );
      return html.replace(
        /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
        `$1${policy}$2`,
      );
    },
  };
}

/** Browser-mode build of the renderer, served by the host (`npm run host`). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react(), devCspPlugin()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
