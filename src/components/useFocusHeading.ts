import { useEffect, useRef } from 'react';

/** Moves focus to the page's heading whenever `key` changes (a new step or page). */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
