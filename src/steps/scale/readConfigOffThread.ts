import { CONFIG_WORKER_POLICY_NAME } from '../../app/security/trustedTypes';
import { readConfig, type ReadConfig } from './readConfig';
// The bundled worker's URL (Vite compiles it as a module worker of its own).
import configWorkerUrl from './configWorker.ts?worker&url';

/** The part of the Trusted Types API used here; TypeScript's DOM types do not describe it yet. */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): string };
}

let workerUrl: string | null = null;

/**
 * The worker's URL as the CSP's `require-trusted-types-for 'script'` wants it: a TrustedScriptURL
 * from a policy that accepts this one URL and nothing else. Created once (a policy name can be
 * used once per page).
 */
function trustedWorkerUrl(): string {
  if (workerUrl) return workerUrl;
  const url = new URL(configWorkerUrl, globalThis.location.href).href;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  workerUrl = factory
    ? factory
        .createPolicy(CONFIG_WORKER_POLICY_NAME, {
          createScriptURL(input) {
            if (input !== url) throw new TypeError(`Not the config worker's URL: ${input}`);
            return input;
          },
        })
        .createScriptURL(url)
    : url;
  return workerUrl;
}

/** Below this a config.json reads in well under a millisecond: no worker needed. */
const WORKER_THRESHOLD_CHARS = 32 * 1024;

/**
 * Reads pasted text in a Web Worker when it is large, so a big file never freezes the page; small
 * text, and browsers (or test environments) without workers, read it here.
 */
export function readConfigOffThread(text: string): Promise<ReadConfig> {
  if (text.length < WORKER_THRESHOLD_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(readConfig(text));
  }
  return new Promise((resolve) => {
    const worker = new Worker(trustedWorkerUrl(), { type: 'module' });
    const finish = (result: ReadConfig) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ReadConfig>) => finish(event.data);
    // A worker that cannot start (a strict host policy): read it here rather than not at all.
    worker.onerror = () => finish(readConfig(text));
    worker.postMessage(text);
  });
}
