import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));

// The console is served by the gateway under /console/ (index.html for every route, hashed assets
// cached for a year). Only the browser-safe entries of the workspace libs are aliased.
export default defineConfig({
  root,
  base: '/console/',
  plugins: [react()],
  resolve: {
    alias: {
      '@binome/auth/browser': `${workspace}libs/auth/src/browser.ts`,
      '@binome/errors': `${workspace}libs/errors/src/index.ts`,
    },
  },
  build: {
    // Tests build elsewhere with --outDir.
    outDir: `${workspace}dist/apps/console`,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
