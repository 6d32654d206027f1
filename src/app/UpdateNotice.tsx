import { useSyncExternalStore } from 'react';
import { pendingUpdate, subscribeToUpdate } from './updateReady';

/**
 * Offers the new version instead of switching under the user's feet: the open page keeps running
 * the version it loaded (and its cached chunks) until they choose to reload.
 */
export function UpdateNotice() {
  const apply = useSyncExternalStore(subscribeToUpdate, pendingUpdate);
  if (!apply) return null;
  return (
    <div className="update-notice" role="status">
      <span>A new version is ready —</span>{' '}
      <button type="button" onClick={apply}>
        reload
      </button>
    </div>
  );
}
