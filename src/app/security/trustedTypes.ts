/**
 * The only Trusted Types policy the page may create (the CSP's `trusted-types` names it). It is a
 * module of its own so the app bundle imports the name without the rest of the policy text.
 */
export const SERVICE_WORKER_POLICY_NAME = 'tunewise-sw';
