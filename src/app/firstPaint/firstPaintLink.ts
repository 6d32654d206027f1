import { framedByAnotherSite } from '../adapters/framing';
import { ANSWERS_STORAGE_KEY, safeLocalStorage } from '../adapters/storage';
import { isOwnAddress } from '../wizard/ownAddresses';

/** The id of the element that shows the decision before the app has loaded. */
export const FIRST_PAINT_ID = 'first-paint';

/**
 * The fragment of a shared /recommendation link to show the decision of before the app loads, or
 * null. Only where the app will show that same decision at once: a link with every step done, in
 * a browser with no answers saved (else the app may ask which answers to keep), not this tab's
 * own address after a reload, and not in another site's frame (where the app shows a notice).
 * The link itself is read and checked by the first paint, as the app reads it.
 */
export function firstPaintLink(location: Pick<Location, 'pathname' | 'hash'>): string | null {
  if (!location.pathname.endsWith('/recommendation')) return null;
  if (!/(^#|&)done=5(&|$)/.test(location.hash)) return null;
  if (safeLocalStorage.getItem(ANSWERS_STORAGE_KEY) !== null) return null;
  if (isOwnAddress(location.hash) || framedByAnotherSite()) return null;
  return location.hash;
}

/** Takes the first paint away once the app shows the page (or another one) itself. */
export function removeFirstPaint() {
  document.getElementById(FIRST_PAINT_ID)?.remove();
}
