import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { securityPolicy } from '../build/security.ts';
import { netlifyHeadersFile, nginxSnippet, vercelHeaders } from '../src/app/security/hostFiles.ts';
import {
  HEADER_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../src/app/security/policy.ts';

/** What the build's `_headers` plugin emits, captured without running a build. */
function emittedHeadersFile(): string {
  const emitted: { fileName: string; source: string }[] = [];
  const plugin = securityPolicy();
  const generate = plugin.generateBundle as (this: unknown) => void;
  generate.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) });
  expect(emitted.map((file) => file.fileName)).toEqual(['_headers']);
  return emitted[0]!.source;
}

/** `_headers` text → header name → value, for the `/*` rule. */
function parseHeadersFile(text: string) {
  const [path, ...rules] = text.trim().split('\n');
  expect(path).toBe('/*');
  return new Map(
    rules.map((line) => {
      const [name, value] = /^\s+([\w-]+): (.+)$/.exec(line)!.slice(1);
      return [name, value];
    }),
  );
}

describe('the host header files', () => {
  it('the built _headers forbids framing, sniffing and referrers for every path', () => {
    const headers = parseHeadersFile(emittedHeadersFile());
    expect(headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('Content-Security-Policy')).toContain("require-trusted-types-for 'script'");
    expect(headers.get('Content-Security-Policy')).toContain("worker-src 'self'");
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(emittedHeadersFile()).toBe(netlifyHeadersFile());
  });

  it('vercel.json sends the same headers', async () => {
    const vercel = JSON.parse(await readFile('vercel.json', 'utf8'));
    expect(vercel.headers).toEqual(vercelHeaders());
    const sent = new Map(
      vercel.headers[0].headers.map((header: { key: string; value: string }) => [
        header.key,
        header.value,
      ]),
    );
    expect(sent.get('Content-Security-Policy')).toBe(HEADER_CONTENT_SECURITY_POLICY);
    expect(sent.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it("the README's nginx snippet is the generated one", async () => {
    const readme = await readFile('README.md', 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block?.trim()).toBe(nginxSnippet());
    expect(block).toContain(
      `add_header Content-Security-Policy "${HEADER_CONTENT_SECURITY_POLICY}" always;`,
    );
  });

  it('the meta tag carries everything but frame-ancestors, which browsers ignore there', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(HEADER_CONTENT_SECURITY_POLICY.startsWith(`${META_CONTENT_SECURITY_POLICY}; `)).toBe(
      true,
    );
  });
});
