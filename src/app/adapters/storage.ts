/**
 * The browser's localStorage, behind a small adapter: storage that throws (private mode, quota,
 * disabled cookies) reads as empty and writes are dropped, so the wizard still works.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function available(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const safeLocalStorage: KeyValueStorage = {
  getItem(key) {
    try {
      return available()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  setItem(key, value) {
    try {
      available()?.setItem(key, value);
    } catch {
      // Full or blocked storage: answers live on in the URL and in memory.
    }
  },
  removeItem(key) {
    try {
      available()?.removeItem(key);
    } catch {
      // As above.
    }
  },
};

/** Key of the persisted answers; the landing page reads it to offer "continue". */
export const ANSWERS_STORAGE_KEY = 'tunewise:answers';
