import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The portal's single-page app, built into dist/portal-web and served by the portal (the BFF).
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist/portal-web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/bff': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
      '/idp': 'http://127.0.0.1:3000',
    },
  },
});
