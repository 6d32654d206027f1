import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run bench:e2e`: the browser benchmarks in bench/e2e, against the production build like the
 * journeys, one at a time so their timings do not share the CPU. Not part of `npm test`.
 */
export default defineConfig({
  ...base,
  testDir: './bench/e2e',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
});
