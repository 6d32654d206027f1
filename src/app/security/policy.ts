/**
 * The one source of the site's security policy. The build puts the CSP in a meta tag and writes
 * `dist/_headers`; `vercel.json` and the README's nginx snippet are checked against it by
 * tests/security-headers.node.test.ts, so no copy can drift.
 */
import { CONFIG_WORKER_POLICY_NAME, SERVICE_WORKER_POLICY_NAME } from './trustedTypes.ts';

/**
 * Only the site's own scripts, styles, workers and manifest, and no network access beyond its
 * origin: whatever reaches the page from a URL or an imported file cannot run. The app writes no
 * HTML, so Trusted Types cost nothing; the two script URLs it hands the browser (the service
 * worker's and the config reader's worker) go through the policies named here
 * (src/app/adapters/serviceWorker.ts, src/steps/scale/readConfigOffThread.ts).
 */
const DOCUMENT_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  `trusted-types ${SERVICE_WORKER_POLICY_NAME} ${CONFIG_WORKER_POLICY_NAME}`,
];

/** Browsers ignore these in a meta tag (and warn), so only a response header can carry them. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The CSP for the page's meta tag: everything a meta tag can enforce. */
export const META_CONTENT_SECURITY_POLICY = DOCUMENT_DIRECTIVES.join('; ');

/** The CSP a host sends as a header: the meta policy plus what only headers can say. */
export const HEADER_CONTENT_SECURITY_POLICY = [
  ...DOCUMENT_DIRECTIVES,
  ...HEADER_ONLY_DIRECTIVES,
].join('; ');

/** Every response header a host should send, in the order the host files list them. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', HEADER_CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
];
