import { SECURITY_HEADERS } from './policy.ts';

/** `_headers` for Netlify and Cloudflare Pages: every path gets every header. */
export function netlifyHeadersFile(): string {
  return (
    ['/*', ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`)].join('\n') + '\n'
  );
}

/** The `headers` part of `vercel.json`. */
export function vercelHeaders() {
  return [
    {
      source: '/(.*)',
      headers: SECURITY_HEADERS.map(([key, value]) => ({ key, value })),
    },
  ];
}

/**
 * nginx `add_header` lines for a `server` or `location` block. `always` adds them to error
 * responses too, where the SPA fallback may serve the app.
 */
export function nginxSnippet(): string {
  return SECURITY_HEADERS.map(([name, value]) => `add_header ${name} "${value}" always;`).join(
    '\n',
  );
}
