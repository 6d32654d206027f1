/* The service worker; build/offline.ts fills in the cache name and the precache list. It runs
   in a worker scope, which the DOM types do not describe, so tsconfig.node.json leaves it out. */
const CACHE = '__CACHE_NAME__';
const PRECACHE = '__PRECACHE__';
const INDEX = new URL('index.html', self.registration.scope).href;

// A new worker waits until the page says the user chose to reload, so an open tab never loses
// the lazy chunks of the version it runs.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// Once this version is the only one running, the caches of earlier deploys can go.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

// Every page of the app is the same index.html, so navigations (deep links with any query or
// fragment) are served from the cache, online or not. Other requests: the cache, else the network.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // ignoreVary: hosts send `Vary: Origin`, and module scripts carry an Origin the precache
  // requests did not, so a strict match would miss every script.
  const options = { cacheName: CACHE, ignoreVary: true };
  const cached = caches.match(request.mode === 'navigate' ? INDEX : request, options);
  event.respondWith(cached.then((response) => response ?? fetch(request)));
});
