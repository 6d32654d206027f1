import { SERVICE_WORKER_POLICY_NAME } from '../security/trustedTypes';

/** The part of the Trusted Types API used here; TypeScript's DOM types do not describe it yet. */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): {
    createScriptURL(input: string): string;
  };
}

/**
 * Under the CSP's `require-trusted-types-for 'script'`, register() takes only a TrustedScriptURL.
 * The policy accepts the one URL of our own worker and refuses anything else.
 */
function trustedScriptUrl(url: string): string {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  const policy = factory.createPolicy(SERVICE_WORKER_POLICY_NAME, {
    createScriptURL(input) {
      if (input !== url) throw new TypeError(`Not the service worker's URL: ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL at run time, which register() accepts where its types say string.
  return policy.createScriptURL(url);
}

/**
 * Registers the service worker that keeps the built site working offline (build/offline.ts).
 * A new deploy installs beside the running one and waits; `onUpdateReady` gets the function that
 * switches to it, which activates the new worker and reloads the page once it is in control.
 */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void) {
  if (!('serviceWorker' in navigator)) return;
  // After the page has loaded, so its first paint never waits for the worker or its downloads.
  // The app itself loads after the page's first script (src/boot.ts), often after 'load'.
  if (document.readyState === 'complete') register(onUpdateReady);
  else window.addEventListener('load', () => register(onUpdateReady), { once: true });
}

function register(onUpdateReady: (apply: () => void) => void) {
  const container = navigator.serviceWorker;
  // The first install also takes control (clients.claim), which needs no reload: only a switch
  // the user asked for does.
  let switching = false;
  container.addEventListener('controllerchange', () => {
    if (switching) window.location.reload();
  });

  const offer = (worker: ServiceWorker) =>
    onUpdateReady(() => {
      switching = true;
      worker.postMessage('skip-waiting');
    });
  const base = import.meta.env.BASE_URL;
  container
    .register(trustedScriptUrl(`${base}sw.js`), { scope: base })
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        });
      });
    })
    .catch((error: unknown) => console.warn('Offline use is unavailable:', error));
}
