/**
 * The browser capabilities the results use, in one place: the clipboard, file downloads, printing
 * and the page's address. Everything else stays free of browser globals.
 */

/** Copies text; false when the clipboard is unavailable or refuses (insecure page, permissions). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves text as a file through the browser's download. */
export function downloadText(filename: string, text: string, mime: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function printPage() {
  window.print();
}

/** The absolute address of a path in this app, with a query: what a share link points at. */
export function absoluteUrl(pathWithSearch: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${window.location.origin}${base}${pathWithSearch}`;
}

/**
 * The page's fragment ("#v=2&…"), where share links keep the answers. Route loaders do not see
 * it (their request has no fragment), so they read it here.
 */
export function pageHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}
