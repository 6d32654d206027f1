/**
 * The only Trusted Types policies the page may create (the CSP's `trusted-types` names them). It
 * is a module of its own so the app bundle imports the names without the rest of the policy text.
 */
export const SERVICE_WORKER_POLICY_NAME = 'tunewise-sw';

/** The policy for the Web Worker that reads a large pasted config.json (src/steps/scale). */
export const CONFIG_WORKER_POLICY_NAME = 'tunewise-config-worker';
