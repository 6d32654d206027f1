import { OWN_ADDRESSES_KEY, safeSessionStorage } from '../adapters/storage';
/** How many recent ones are kept: the address lags the answers by one step change at most. */
const KEPT = 20;

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(safeSessionStorage.getItem(OWN_ADDRESSES_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item) => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Records a fragment the wizard wrote for its own answers. The answers are saved the moment they
 * change, the address a render later; a reload in between finds an address older than the saved
 * answers, and it must not read as a share link that asks "use this link's answers?".
 */
export function rememberOwnAddress(hash: string) {
  const kept = read();
  if (kept.at(-1) === hash) return;
  const next = [...kept.filter((item) => item !== hash), hash].slice(-KEPT);
  safeSessionStorage.setItem(OWN_ADDRESSES_KEY, JSON.stringify(next));
}

/** Whether this tab's wizard wrote `hash` itself (so it is not a link someone shared). */
export function isOwnAddress(hash: string): boolean {
  return hash !== '' && read().includes(hash);
}
