import type { Plugin } from 'vite';
import { netlifyHeadersFile } from '../src/app/security/hostFiles.ts';
import { META_CONTENT_SECURITY_POLICY } from '../src/app/security/policy.ts';

/**
 * The production page carries the CSP in a meta tag, so it holds on any host; `_headers` gives
 * Netlify and Cloudflare Pages the full policy as headers, `frame-ancestors` included. (The dev
 * server injects styles and a websocket client, so the policy is for builds only.)
 */
export function securityPolicy(): Plugin {
  return {
    name: 'tunewise:security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeadersFile() });
    },
  };
}
