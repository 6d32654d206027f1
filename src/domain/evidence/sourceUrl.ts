/**
 * A public address for a fixture's source text, when it names one: a URL as written, or a GitHub
 * reference (`github:owner/repo path @commit`, or `github owner/repo …`) turned into its page.
 * Null for sources that name a document without an address.
 */
export function sourceUrl(reference: string): string | null {
  const url = /https?:\/\/[^\s)]+/.exec(reference);
  if (url) return url[0];
  const pinned = /^github:([\w.-]+\/[\w.-]+) (\S+?)\/? @([0-9a-f]{7,40})/.exec(reference);
  if (pinned) {
    const [, repo, path, commit] = pinned as unknown as [string, string, string, string];
    return `https://github.com/${repo}/${path.endsWith('/') ? 'tree' : 'blob'}/${commit}/${path}`;
  }
  const repo = /^github:? ?([\w.-]+\/[\w.-]+)/.exec(reference);
  return repo ? `https://github.com/${repo[1]}` : null;
}
