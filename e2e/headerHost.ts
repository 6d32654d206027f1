import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const DIST = join(process.cwd(), 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The headers `dist/_headers` gives every path, as Netlify and Cloudflare Pages read it. */
async function builtHeaders(): Promise<[string, string][]> {
  const [path, ...rules] = (await readFile(join(DIST, '_headers'), 'utf8')).trim().split('\n');
  if (path !== '/*') throw new Error(`_headers starts with ${path}, not /*`);
  return rules.map((line) => {
    const match = /^\s+([\w-]+): (.+)$/.exec(line);
    if (!match) throw new Error(`not a header line: ${line}`);
    return [match[1]!, match[2]!];
  });
}

/**
 * Serves the build like a static host that applies `dist/_headers`, with the SPA rewrite to
 * index.html. Returns its origin and a function that stops it.
 */
export async function startHeaderHost(): Promise<{ origin: string; server: Server }> {
  const headers = await builtHeaders();
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://host').pathname).replace(/^\/+/, '');
    const file = await readFile(join(DIST, path || 'index.html'))
      .then((body) => ({ body, type: TYPES[extname(path)] }))
      .catch(async () => ({ body: await readFile(join(DIST, 'index.html')), type: 'text/html' }));
    for (const [name, value] of headers) response.setHeader(name, value);
    response.setHeader('Content-Type', file.type ?? 'application/octet-stream');
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
