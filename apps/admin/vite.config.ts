import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Commands run from the workspace root (nx), so every path is resolved from this file.
const appRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(appRoot, '../..');
const apiOrigin = process.env.API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: {
    // Use the shared enums from source: no build of libs/domain needed, and Vite bundles them as ESM.
    alias: { '@alliance/domain': path.join(workspaceRoot, 'libs/domain/src/index.ts') },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: false },
      '/health': { target: apiOrigin, changeOrigin: false },
      // CSV import and export of contacts.
      '/api': { target: apiOrigin, changeOrigin: false },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: path.join(workspaceRoot, 'dist/admin'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group)[\\/]/, priority: 20 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 20 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|i18next-browser-languagedetector)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  test: {
    root: appRoot,
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
    reporters: [
      'default',
      [
        path.join(appRoot, 'vitest-counts-reporter.ts'),
        { outputFile: path.join(workspaceRoot, '.test-results/vitest-admin.json') },
      ],
    ],
  },
});
