/**
 * The browser's localStorage, behind a small adapter: storage that throws (private mode, quota,
 * disabled cookies) reads as empty and writes are dropped, so the wizard still works.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function safeStorage(available: () => Storage | null): KeyValueStorage {
  const storage = () => {
    try {
      return available();
    } catch {
      return null;
    }
  };
  return {
    getItem(key) {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        storage()?.setItem(key, value);
      } catch {
        // Full or blocked storage: answers live on in the URL and in memory.
      }
    },
    removeItem(key) {
      try {
        storage()?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

export const safeLocalStorage = safeStorage(() =>
  typeof localStorage === 'undefined' ? null : localStorage,
);

/** This tab's sessionStorage, behind the same adapter: it lasts through reloads of the tab only. */
export const safeSessionStorage = safeStorage(() =>
  typeof sessionStorage === 'undefined' ? null : sessionStorage,
);

/** Key of the persisted answers; the landing page reads it to offer "continue". */
export const ANSWERS_STORAGE_KEY = 'tunewise:answers';

/** Key of the fragments this tab's wizard wrote into its own address (src/app/wizard/ownAddresses.ts). */
export const OWN_ADDRESSES_KEY = 'tunewise:own-addresses';
