import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where distributions put Chromium; Debian's package installs /usr/bin/chromium. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * The browser the end-to-end tests use.
 * @returns {{ kind: 'env' | 'playwright' | 'system', executablePath: string | undefined } | null}
 *   `executablePath` is undefined when Playwright's own browser is to be used; null when none is found.
 */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    return { kind: 'env', executablePath: process.env.CHROMIUM_PATH };
  }
  try {
    if (existsSync(chromium.executablePath()))
      return { kind: 'playwright', executablePath: undefined };
  } catch {
    // Playwright has no browser build registered for this platform.
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
  return system ? { kind: 'system', executablePath: system } : null;
}
