/**
 * Whether a new deploy is installed and waiting, and how to switch to it: set by the service
 * worker adapter, read by UpdateNotice. A tiny store of its own, so the wizard's store stays about
 * answers.
 */
type Apply = () => void;

let apply: Apply | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(next: Apply) {
  apply = next;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const pendingUpdate = () => apply;
