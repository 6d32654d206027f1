/**
 * For tests: a citation a reader cannot open — a private search tool's ids or corpora ("search
 * index file id N", "hit id", "docs corpus", "indexed copy") instead of a public address (a URL,
 * `github:owner/repo path @commit`, or a document title).
 */
export const PRIVATE_CITATION =
  /indexed cop|find_string|read_file|hit id|search index|file ids? \d|(docs|code|pages) corpus|code index|^\d{6,}$/i;

/** Every string inside a value, keys excepted: sources, notes and settings alike. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
