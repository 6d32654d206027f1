/**
 * Whether another site shows this page in a frame, where it could hide it under its own buttons
 * and steal clicks (clickjacking). Hosts that send `frame-ancestors 'none'` stop that before the
 * page loads; this check covers hosts that cannot send headers, such as GitHub Pages.
 */
export function framedByAnotherSite(): boolean {
  if (window.top === window.self) return false;
  try {
    return window.top?.location.origin !== window.location.origin;
  } catch {
    // Reading the location of a cross-origin parent throws: the parent is another site.
    return true;
  }
}

/** The address of this page, to open it in a tab of its own. */
export function currentPageUrl(): string {
  return window.location.href;
}
