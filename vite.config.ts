/// <reference types="vitest/config" />
import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { leanCatalog } from './build/leanCatalog.ts';
import { offlineApp } from './build/offline.ts';
import { securityPolicy } from './build/security.ts';

/**
 * Static hosts without rewrite rules (GitHub Pages) serve 404.html for unknown paths.
 * A copy of index.html under that name lets deep links such as /scale boot the app.
 */
function spaFallback(): Plugin {
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'tunewise:spa-fallback',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (!ssr) await copyFile(resolve(outDir, 'index.html'), resolve(outDir, '404.html'));
    },
  };
}

// BASE_PATH lets the static build live under a sub-path, e.g. BASE_PATH=/tunewise/ for GitHub Pages.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), leanCatalog(), spaFallback(), securityPolicy(), offlineApp()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  test: {
    // CI keeps a machine-readable report so .ci/run can print the counts.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/unit.json' },
    // Fuzz and property tests run thousands of cases and the UI tests walk whole journeys; on a
    // busy 2-core CI machine they can pass 5 s. Speed is measured by `npm run bench`, not here.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          setupFiles: ['./src/app/zodConfig.ts'],
          include: ['src/domain/**/*.test.ts', 'tests/**/*.node.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          setupFiles: ['./src/app/zodConfig.ts', './tests/setup.ts'],
          include: [
            'src/**/*.test.tsx',
            'src/{app,state,steps,results,components}/**/*.test.ts',
            'tests/**/*.test.{ts,tsx}',
          ],
          exclude: ['tests/**/*.node.test.ts'],
          css: false,
        },
      },
    ],
  },
});
