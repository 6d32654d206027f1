import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Built files a visitor never fetches: source maps and the host's header rules. */
const NOT_PRECACHED = /(\.map|^_headers)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Writes `sw.js`: the service worker with the list of every file the build emits (Vite's bundle
 * plus `public/`) and a cache name hashed from their contents, so each deploy gets a new cache
 * and a visitor's browser sees a changed worker.
 */
export function offlineApp(): Plugin {
  let publicDir = '';
  let ssr = false;
  return {
    name: 'tunewise:offline-app',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      ssr = Boolean(config.build.ssr);
    },
    generateBundle: {
      // After vite:build-html, so index.html is in the bundle.
      order: 'post',
      async handler(_options, bundle) {
        if (ssr) return;
        const contents = new Map<string, string | Uint8Array>();
        for (const [fileName, output] of Object.entries(bundle))
          contents.set(fileName, output.type === 'chunk' ? output.code : output.source);
        for (const fileName of await filesUnder(publicDir))
          contents.set(fileName, await readFile(join(publicDir, fileName)));

        const precached = [...contents].filter(([name]) => !NOT_PRECACHED.test(name));
        precached.sort(([a], [b]) => (a < b ? -1 : 1));
        const hash = createHash('sha256');
        for (const [name, content] of precached) hash.update(name).update(content);
        const precache = precached.map(([name]) => name);
        const template = await readFile(new URL('./serviceWorker.js', import.meta.url), 'utf8');
        const source = template
          .replace(
            "'__CACHE_NAME__'",
            JSON.stringify(`tunewise-${hash.digest('hex').slice(0, 16)}`),
          )
          .replace("'__PRECACHE__'", JSON.stringify(precache));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}
