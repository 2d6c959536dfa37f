import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web app, built into web/dist and served by `truce serve` at /. The API's zod
 * schemas are imported from src/http through the @contract alias: one contract, no copies.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@contract': fileURLToPath(new URL('../src/http', import.meta.url)) },
  },
  // `npm run dev:web`: hot reload, with the API and the log of a `npm start` running beside it.
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '^/log/.*': 'http://127.0.0.1:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Map data (borders, towns) is fetched as files, never inlined into the JavaScript.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's explanatory comments sit where Rollup looks for /*#__PURE__*/ annotations; harmless.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
});
