import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

// E2E_PORT lets two checkouts run their suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The service worker downloads the whole build on each fresh context, which on a loaded 2-core
    // machine pushed the longest journeys past their timeout. The specs about offline use, the
    // update and the security policy allow it (test.use); the others test the page as a first
    // visit sees it.
    serviceWorkers: 'block',
    launchOptions: {
      // Playwright's own Chromium where installed, else the system's (see scripts/browser.mjs).
      executablePath: findChromium()?.executablePath,
      // Root on a machine with no network: no sandbox, no GPU, no calls home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npm run build && npm run preview -- --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
