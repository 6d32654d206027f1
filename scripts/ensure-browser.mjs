// Makes `npm test` work on a fresh machine: finds a Chromium for Playwright, or installs one.
// Order: CHROMIUM_PATH, Playwright's own browser, the system's Chromium; if none, Debian's
// package via apt-get (as root on Debian), else Playwright's download.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  );
}

const found = findChromium();
if (found) {
  console.log(
    `Browser for end-to-end tests: ${found.executablePath ?? "Playwright's own Chromium"}`,
  );
  process.exit(0);
}

console.log('No Chromium found for the end-to-end tests; installing one.');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (existsSync('/usr/bin/apt-get')) {
  // Without root, sudo -n fails at once rather than waiting at a password prompt.
  /** @param {string[]} args */
  const apt = (...args) =>
    isRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]);
  if (apt('update', '-qq') && apt('install', '-y', '-qq', '--no-install-recommends', 'chromium')) {
    if (findChromium()) process.exit(0);
  }
}
if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) process.exit(0);

console.error(
  'Could not get a Chromium for the end-to-end tests. Install one (Debian/Ubuntu: `apt-get install chromium`; ' +
    'elsewhere: `npx playwright install chromium`), or point CHROMIUM_PATH at a Chromium binary.',
);
process.exit(1);
